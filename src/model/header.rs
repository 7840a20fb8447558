//! Header types: kind, issuer, reference, date, marks.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A document type (tên loại), serialised as its code: the Vietnamese name
/// folded to ASCII snake_case (`cong_van`, `quyet_dinh`, ...).
///
/// Covers the types of Nghị định 30/2020/NĐ-CP, of the law on legal normative
/// documents and of Party documents. The table that recognises each type by
/// its printed name and its symbol code is in `vocab::kinds`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum DocKind {
    CongVan,
    ThuCong,
    NghiQuyet,
    QuyetDinh,
    ChiThi,
    QuyChe,
    QuyDinh,
    ThongCao,
    ThongBao,
    HuongDan,
    ChuongTrinh,
    KeHoach,
    PhuongAn,
    DeAn,
    DuAn,
    BaoCao,
    BienBan,
    ToTrinh,
    HopDong,
    CongDien,
    BanGhiNho,
    BanThoaThuan,
    BanCamKet,
    GiayUyQuyen,
    GiayMoi,
    GiayGioiThieu,
    GiayNghiPhep,
    GiayChungNhan,
    GiayDiDuong,
    GiayBienNhan,
    GiayUyNhiem,
    PhieuGui,
    PhieuChuyen,
    PhieuBao,
    BanSaoY,
    BanTrichSao,
    BanSaoLuc,
    HienPhap,
    BoLuat,
    Luat,
    PhapLenh,
    Lenh,
    NghiDinh,
    ThongTu,
    ThongTuLienTich,
    NghiQuyetLienTich,
    VanBanHopNhat,
    KetLuan,
    ThongTri,
    DieuLe,
    CuongLinh,
    TuyenBo,
    LoiKeuGoi,
    ChienLuoc,
    QuyHoach,
}

impl DocKind {
    /// The code written in JSON, e.g. `"cong_van"`.
    pub fn code(self) -> &'static str {
        crate::vocab::kinds::entry(self).code
    }

    /// The Vietnamese name, e.g. `"Công văn"`.
    pub fn name(self) -> &'static str {
        crate::vocab::kinds::entry(self).name
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The issuing body (tên cơ quan, tổ chức ban hành).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Issuer {
    /// Its printed lines joined by one space.
    pub name: String,
    /// The governing body printed above it (cơ quan chủ quản), if any.
    pub parent: Option<String>,
    /// Where the issuer block is (parent included).
    pub span: Span,
}

/// "Số, ký hiệu": the document's number and symbol.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reference {
    /// As printed (leading zeros kept, "30c"); `None` when left blank.
    pub number: Option<String>,
    /// The year inside a normative number ("22/2020/QĐ-UBND"), else `None`.
    pub year: Option<i32>,
    /// Everything after the number (and year): "UBND-NC", "QĐ-UBND", "NQ/TU".
    pub symbol: Option<String>,
    /// Where it is, "Số:" included.
    pub span: Span,
}

/// A calendar date whose day, or day and month, may be blank.
///
/// Serialises as ISO 8601 with reduced precision: `"2021-12-13"`,
/// `"2024-10"`, `"2024"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12, if printed.
    pub month: Option<u32>,
    /// The day, 1 to 31, if printed (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A date with every part known. Does not check the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// A date with only year and month.
    pub fn ym(year: i32, month: u32) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// A date with only a year.
    pub fn y(year: i32) -> PartialDate {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// The full calendar date, when every part is known and it exists.
    pub fn to_naive(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        let mut parts = s.split('-');
        let bad = || serde::de::Error::custom(format!("not a partial ISO date: {s:?}"));
        let year = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let month = match parts.next() {
            Some(p) => Some(p.parse().map_err(|_| bad())?),
            None => None,
        };
        let day = match parts.next() {
            Some(p) => Some(p.parse().map_err(|_| bad())?),
            None => None,
        };
        Ok(PartialDate { year, month, day })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "ISO 8601 date with reduced precision where parts are blank: 2021-12-13, 2024-10, 2024",
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        })
    }
}

/// The urgency mark (độ khẩn).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Urgency {
    /// KHẨN
    Khan,
    /// THƯỢNG KHẨN
    ThuongKhan,
    /// HỎA TỐC (also HỎA TỐC HẸN GIỜ)
    HoaToc,
}

/// The secrecy mark (độ mật).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidentiality {
    /// MẬT
    Mat,
    /// TỐI MẬT
    ToiMat,
    /// TUYỆT MẬT
    TuyetMat,
}

/// Where the header fields that the contract gives as plain strings came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HeaderSpans {
    /// The title line, "V/v", or the symbol that told the kind.
    pub kind: Option<Span>,
    /// The place name.
    pub place: Option<Span>,
    /// The date expression.
    pub date: Option<Span>,
    /// The subject, "V/v" included.
    pub subject: Option<Span>,
    /// The urgency mark.
    pub urgency: Option<Span>,
    /// The secrecy mark.
    pub confidentiality: Option<Span>,
}

impl HeaderSpans {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for s in [
            &mut self.kind,
            &mut self.place,
            &mut self.date,
            &mut self.subject,
            &mut self.urgency,
            &mut self.confidentiality,
        ]
        .into_iter()
        .flatten()
        {
            f(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_serialise_with_reduced_precision() {
        let j = |d: PartialDate| serde_json::to_string(&d).unwrap();
        assert_eq!(j(PartialDate::ymd(2021, 12, 3)), "\"2021-12-03\"");
        assert_eq!(j(PartialDate::ym(2024, 10)), "\"2024-10\"");
        assert_eq!(j(PartialDate::y(2024)), "\"2024\"");
        let back: PartialDate = serde_json::from_str("\"2024-10\"").unwrap();
        assert_eq!(back, PartialDate::ym(2024, 10));
    }

    #[test]
    fn kinds_serialise_as_codes() {
        assert_eq!(
            serde_json::to_string(&DocKind::CongVan).unwrap(),
            "\"cong_van\""
        );
        assert_eq!(
            serde_json::to_string(&DocKind::ThongTuLienTich).unwrap(),
            "\"thong_tu_lien_tich\""
        );
        assert_eq!(DocKind::QuyetDinh.code(), "quyet_dinh");
    }
}

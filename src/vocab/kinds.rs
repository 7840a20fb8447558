//! Document types: their codes, printed names and symbol abbreviations
//! (Nghị định 30/2020/NĐ-CP Phụ lục III, the older TTLT 55/2005 table, the
//! law on legal normative documents, Party practice).

use crate::model::DocKind;
use crate::text::fold_words;

/// One document type.
pub(crate) struct KindEntry {
    pub kind: DocKind,
    /// The JSON code.
    pub code: &'static str,
    /// The name in sentence case.
    pub name: &'static str,
    /// Extra names that also mean this type (in citations, titles).
    pub aliases: &'static [&'static str],
    /// Type codes used in symbols, case as printed.
    pub abbrs: &'static [&'static str],
}

macro_rules! kinds {
    ($( $kind:ident $code:literal $name:literal [$($alias:literal),*] [$($abbr:literal),*] ;)*) => {
        pub(crate) static KINDS: &[KindEntry] = &[
            $( KindEntry { kind: DocKind::$kind, code: $code, name: $name,
                           aliases: &[$($alias),*], abbrs: &[$($abbr),*] }, )*
        ];
    };
}

// Order matters where names overlap: longer names first, so that
// "Thông tư liên tịch" wins over "Thông tư" and "Bộ luật" over "Luật".
kinds! {
    CongVan "cong_van" "Công văn" ["Văn bản", "Văn thư"] ["CV"];
    ThuCong "thu_cong" "Thư công" [] [];
    NghiQuyetLienTich "nghi_quyet_lien_tich" "Nghị quyết liên tịch" [] ["NQLT"];
    NghiQuyet "nghi_quyet" "Nghị quyết" [] ["NQ"];
    QuyetDinh "quyet_dinh" "Quyết định" [] ["QĐ", "QD"];
    ChiThi "chi_thi" "Chỉ thị" [] ["CT"];
    QuyChe "quy_che" "Quy chế" ["Qui chế"] ["QC", "QCh"];
    QuyDinh "quy_dinh" "Quy định" ["Qui định"] ["QyĐ"];
    ThongCao "thong_cao" "Thông cáo" [] ["TC"];
    ThongBao "thong_bao" "Thông báo" [] ["TB"];
    HuongDan "huong_dan" "Hướng dẫn" [] ["HD"];
    ChuongTrinh "chuong_trinh" "Chương trình" [] ["CTr"];
    KeHoach "ke_hoach" "Kế hoạch" [] ["KH"];
    PhuongAn "phuong_an" "Phương án" [] ["PA"];
    DeAn "de_an" "Đề án" [] ["ĐA"];
    DuAn "du_an" "Dự án" [] ["DA"];
    BaoCao "bao_cao" "Báo cáo" [] ["BC"];
    BienBan "bien_ban" "Biên bản" [] ["BB"];
    ToTrinh "to_trinh" "Tờ trình" [] ["TTr"];
    HopDong "hop_dong" "Hợp đồng" [] ["HĐ"];
    CongDien "cong_dien" "Công điện" [] ["CĐ"];
    BanGhiNho "ban_ghi_nho" "Bản ghi nhớ" [] ["BGN"];
    BanThoaThuan "ban_thoa_thuan" "Bản thỏa thuận" [] ["BTT"];
    BanCamKet "ban_cam_ket" "Bản cam kết" [] ["BCK"];
    GiayUyQuyen "giay_uy_quyen" "Giấy ủy quyền" [] ["GUQ", "UQ"];
    GiayMoi "giay_moi" "Giấy mời" [] ["GM"];
    GiayGioiThieu "giay_gioi_thieu" "Giấy giới thiệu" [] ["GGT", "GT"];
    GiayNghiPhep "giay_nghi_phep" "Giấy nghỉ phép" [] ["GNP", "NP"];
    GiayChungNhan "giay_chung_nhan" "Giấy chứng nhận" [] ["GCN"];
    GiayDiDuong "giay_di_duong" "Giấy đi đường" [] ["ĐĐ"];
    GiayBienNhan "giay_bien_nhan" "Giấy biên nhận" ["Giấy biên nhận hồ sơ"] ["BN"];
    GiayUyNhiem "giay_uy_nhiem" "Giấy ủy nhiệm" [] ["UN"];
    PhieuGui "phieu_gui" "Phiếu gửi" [] ["PG"];
    PhieuChuyen "phieu_chuyen" "Phiếu chuyển" [] ["PC"];
    PhieuBao "phieu_bao" "Phiếu báo" [] ["PB"];
    BanSaoY "ban_sao_y" "Bản sao y" ["Sao y", "Sao y bản chính"] ["SY"];
    BanTrichSao "ban_trich_sao" "Bản trích sao" ["Trích sao"] ["TrS", "TS"];
    BanSaoLuc "ban_sao_luc" "Bản sao lục" ["Sao lục"] ["SL"];
    HienPhap "hien_phap" "Hiến pháp" [] [];
    BoLuat "bo_luat" "Bộ luật" [] [];
    Luat "luat" "Luật" [] [];
    PhapLenh "phap_lenh" "Pháp lệnh" [] ["PL"];
    Lenh "lenh" "Lệnh" [] ["L"];
    NghiDinh "nghi_dinh" "Nghị định" [] ["NĐ", "ND"];
    ThongTuLienTich "thong_tu_lien_tich" "Thông tư liên tịch" [] ["TTLT"];
    ThongTu "thong_tu" "Thông tư" [] ["TT"];
    VanBanHopNhat "van_ban_hop_nhat" "Văn bản hợp nhất" [] ["VBHN"];
    KetLuan "ket_luan" "Kết luận" [] ["KL"];
    ThongTri "thong_tri" "Thông tri" [] [];
    DieuLe "dieu_le" "Điều lệ" [] [];
    CuongLinh "cuong_linh" "Cương lĩnh" [] [];
    TuyenBo "tuyen_bo" "Tuyên bố" [] [];
    LoiKeuGoi "loi_keu_goi" "Lời kêu gọi" [] [];
    ChienLuoc "chien_luoc" "Chiến lược" [] [];
    QuyHoach "quy_hoach" "Quy hoạch" [] [];
}

/// The table entry of `kind`.
pub(crate) fn entry(kind: DocKind) -> &'static KindEntry {
    // Every DocKind has exactly one entry (a test checks it), so the
    // fallback is never taken.
    KINDS.iter().find(|e| e.kind == kind).unwrap_or(&KINDS[0])
}

/// The folded names of every type, longest first, built once.
static FOLDED_NAMES: std::sync::LazyLock<Vec<(String, DocKind)>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<(String, DocKind)> = KINDS
        .iter()
        .flat_map(|e| {
            std::iter::once(e.name)
                .chain(e.aliases.iter().copied())
                .map(move |n| (fold_words(n), e.kind))
        })
        .collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    v
});

/// A group of [`FOLDED_NAMES`] that share their first word (longest first).
type Group = Vec<(&'static str, DocKind)>;

/// [`FOLDED_NAMES`] grouped by their first word (each group keeps the
/// longest-first order), the groups listed under the first byte of that
/// word: a lookup compares only the names that can match, and hashes nothing.
static BY_FIRST_WORD: std::sync::LazyLock<Vec<Vec<(&'static str, Group)>>> =
    std::sync::LazyLock::new(|| {
        let mut table: Vec<Vec<(&str, Group)>> = vec![Vec::new(); 256];
        for (name, kind) in FOLDED_NAMES.iter() {
            let first = name.split(' ').next().unwrap_or("");
            let byte = usize::from(first.as_bytes().first().copied().unwrap_or(0));
            let Some(groups) = table.get_mut(byte) else {
                continue;
            };
            match groups.iter_mut().find(|(f, _)| *f == first) {
                Some((_, g)) => g.push((name.as_str(), *kind)),
                None => groups.push((first, vec![(name.as_str(), *kind)])),
            }
        }
        table
    });

/// The names that start with the first word of `folded`.
fn candidates(folded: &str) -> &'static [(&'static str, DocKind)] {
    let first_len = folded.bytes().position(|b| b == b' ');
    let first = folded
        .get(..first_len.unwrap_or(folded.len()))
        .unwrap_or("");
    let byte = usize::from(first.as_bytes().first().copied().unwrap_or(0));
    BY_FIRST_WORD
        .get(byte)
        .and_then(|groups| groups.iter().find(|(f, _)| *f == first))
        .map_or(&[], |(_, g)| g.as_slice())
}

/// Whether some type's folded name starts with the first word of `folded`.
pub(crate) fn starts_a_name(folded: &str) -> bool {
    !candidates(folded).is_empty()
}

/// The type whose name `folded` (see [`fold_words`]) starts with, and the
/// folded length of that name. "quyet dinh ve viec ..." -> (QuyetDinh, 10).
pub(crate) fn name_prefix(folded: &str) -> Option<(DocKind, usize)> {
    candidates(folded).iter().find_map(|(name, kind)| {
        let rest = folded.strip_prefix(name)?;
        (rest.is_empty() || rest.starts_with(' ')).then_some((*kind, name.len()))
    })
}

/// The type whose name is exactly `folded`.
pub(crate) fn by_name(folded: &str) -> Option<DocKind> {
    candidates(folded)
        .iter()
        .find(|(name, _)| *name == folded)
        .map(|(_, k)| *k)
}

/// The type whose symbol code is `abbr` ("QĐ", "TB", "CTr"). Exact case first,
/// then ignoring case, so that a dump's "TTR" still reads as Tờ trình.
pub(crate) fn by_abbr(abbr: &str) -> Option<DocKind> {
    lookup(&ABBRS, abbr).or_else(|| {
        // Most codes are printed in capitals already: no copy then.
        if abbr.chars().any(char::is_lowercase) {
            lookup(&UPPER_ABBRS, &abbr.to_uppercase())
        } else {
            lookup(&UPPER_ABBRS, abbr)
        }
    })
}

/// The kind of `key` in a table sorted by key.
fn lookup(table: &[(String, DocKind)], key: &str) -> Option<DocKind> {
    table
        .binary_search_by(|(k, _)| k.as_str().cmp(key))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, kind)| *kind)
}

/// Every type code as printed, and in capitals (for dumps that upper-cased
/// them), sorted for a binary search, built once. Where two types share a
/// code, the first in [`KINDS`] keeps it.
static ABBRS: std::sync::LazyLock<Vec<(String, DocKind)>> =
    std::sync::LazyLock::new(|| abbr_table(|a| a.to_string()));
static UPPER_ABBRS: std::sync::LazyLock<Vec<(String, DocKind)>> =
    std::sync::LazyLock::new(|| abbr_table(str::to_uppercase));

fn abbr_table(key: impl Fn(&str) -> String) -> Vec<(String, DocKind)> {
    let mut table: Vec<(String, DocKind)> = KINDS
        .iter()
        .flat_map(|e| e.abbrs.iter().map(|a| (key(a), e.kind)))
        .collect();
    // A stable sort keeps the first type of a shared code first.
    table.sort_by(|a, b| a.0.cmp(&b.0));
    table.dedup_by(|later, first| later.0 == first.0);
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_lookups_answer_as_a_scan_of_every_name_does() {
        let mut probes: Vec<String> = vec![String::new(), "so".into(), "x y".into()];
        for e in KINDS {
            for n in std::iter::once(e.name).chain(e.aliases.iter().copied()) {
                let f = fold_words(n);
                let first = f.split(' ').next().unwrap_or("").to_string();
                let cut = f.get(..f.len() - 1).unwrap_or("").to_string();
                probes.extend([
                    format!("{f} so 12"),
                    format!("{f}x"),
                    format!("{first} x"),
                    cut,
                    first,
                    f,
                ]);
            }
        }
        for p in &probes {
            let exact = FOLDED_NAMES.iter().find(|(n, _)| n == p).map(|(_, k)| *k);
            let prefix = FOLDED_NAMES.iter().find_map(|(n, k)| {
                let rest = p.strip_prefix(n.as_str())?;
                (rest.is_empty() || rest.starts_with(' ')).then_some((*k, n.len()))
            });
            assert_eq!(by_name(p), exact, "{p:?}");
            assert_eq!(name_prefix(p), prefix, "{p:?}");
            assert_eq!(
                starts_a_name(p),
                FOLDED_NAMES
                    .iter()
                    .any(|(n, _)| { n.split(' ').next() == p.split(' ').next() }),
                "{p:?}"
            );
        }
    }

    /// The lookup tables answer what a scan of [`KINDS`] in order answers,
    /// for every code as printed, in capitals, in small letters, and cut.
    #[test]
    fn by_abbr_is_the_first_kind_with_the_code() {
        let scan = |abbr: &str| {
            let exact = KINDS.iter().find(|e| e.abbrs.contains(&abbr));
            let up = abbr.to_uppercase();
            exact
                .or_else(|| {
                    KINDS
                        .iter()
                        .find(|e| e.abbrs.iter().any(|a| a.to_uppercase() == up))
                })
                .map(|e| e.kind)
        };
        for e in KINDS {
            for a in e.abbrs {
                let cut: String = a.chars().skip(1).collect();
                for v in [a.to_string(), a.to_uppercase(), a.to_lowercase(), cut] {
                    assert_eq!(by_abbr(&v), scan(&v), "{v:?}");
                }
            }
        }
        assert_eq!(by_abbr("UBND"), None);
        assert_eq!(by_abbr("QĐ"), Some(DocKind::QuyetDinh));
        assert_eq!(by_abbr("TTR"), by_abbr("TTr"));
    }

    #[test]
    fn every_kind_has_one_entry_with_its_serde_code() {
        for e in KINDS {
            let json = serde_json::to_string(&e.kind).unwrap();
            assert_eq!(json, format!("\"{}\"", e.code));
            assert_eq!(KINDS.iter().filter(|o| o.kind == e.kind).count(), 1);
        }
    }

    #[test]
    fn reads_names_and_codes() {
        assert_eq!(by_name("thong bao"), Some(DocKind::ThongBao));
        assert_eq!(
            name_prefix("thong tu lien tich so"),
            Some((DocKind::ThongTuLienTich, 18))
        );
        assert_eq!(name_prefix("thong tu so"), Some((DocKind::ThongTu, 8)));
        assert_eq!(name_prefix("thongbao"), None);
        assert_eq!(by_abbr("QĐ"), Some(DocKind::QuyetDinh));
        assert_eq!(by_abbr("QyĐ"), Some(DocKind::QuyDinh));
        assert_eq!(by_abbr("HĐ"), Some(DocKind::HopDong));
        assert_eq!(by_abbr("HD"), Some(DocKind::HuongDan));
        assert_eq!(by_abbr("TTR"), Some(DocKind::ToTrinh));
        assert_eq!(by_abbr("UBND"), None);
    }
}

//! The inputs of a run: the command line's files, folders and `-`, walked
//! lazily in path order.
//!
//! A folder is read one directory at a time, each directory's entries sorted,
//! depth first: the files come out sorted by path (component by component)
//! and memory holds only the directories being walked, however many files
//! there are.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Where an input's bytes come from.
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
    /// A folder that could not be read: reported as a failed input.
    Unreadable(io::Error),
}

/// One input and the name written as its "path".
pub struct Input {
    pub source: Source,
    pub name: String,
}

impl Input {
    /// The input's bytes. Files larger than `limit` are refused before
    /// they are read.
    pub fn read(&self, limit: usize) -> Result<Vec<u8>, ReadError> {
        match &self.source {
            Source::Stdin => {
                let mut buf = Vec::new();
                io::stdin().lock().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Source::File(p) => {
                let size = std::fs::metadata(p)?.len();
                if size > limit as u64 {
                    return Err(ReadError::TooLarge(size));
                }
                Ok(std::fs::read(p)?)
            }
            Source::Unreadable(e) => Err(ReadError::Io(io::Error::new(e.kind(), e.to_string()))),
        }
    }
}

/// Why an input's bytes could not be had.
pub enum ReadError {
    Io(io::Error),
    TooLarge(u64),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> ReadError {
        ReadError::Io(e)
    }
}

/// The inputs named on the command line, folders expanded lazily.
pub struct Inputs<'a> {
    args: std::slice::Iter<'a, PathBuf>,
    glob: &'a str,
    /// The folder being walked (as given) and its open directories, each
    /// with its entries still to visit, in reverse order.
    walk: Option<(PathBuf, Vec<Entries>)>,
}

/// A directory's entries still to visit (path, is a directory), last first.
type Entries = Vec<(PathBuf, bool)>;

impl<'a> Inputs<'a> {
    pub fn new(args: &'a [PathBuf], glob: &'a str) -> Inputs<'a> {
        Inputs {
            args: args.iter(),
            glob,
            walk: None,
        }
    }
}

impl Iterator for Inputs<'_> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some((root, stack)) = self.walk.as_mut() {
                let Some(top) = stack.last_mut() else {
                    self.walk = None;
                    continue;
                };
                let Some((path, is_dir)) = top.pop() else {
                    stack.pop();
                    continue;
                };
                let rel = path.strip_prefix(&*root).unwrap_or(&path);
                let name = rel.to_string_lossy().into_owned();
                if is_dir {
                    match entries(&path) {
                        Ok(e) => stack.push(e),
                        Err(e) => {
                            return Some(Input {
                                source: Source::Unreadable(e),
                                name,
                            });
                        }
                    }
                } else if glob_matches(self.glob, &name) {
                    return Some(Input {
                        source: Source::File(path),
                        name,
                    });
                }
                continue;
            }
            let arg = self.args.next()?;
            if arg.as_os_str() == "-" {
                return Some(Input {
                    source: Source::Stdin,
                    name: "-".into(),
                });
            }
            let name = arg.to_string_lossy().into_owned();
            if arg.is_dir() {
                match entries(arg) {
                    Ok(e) => self.walk = Some((arg.clone(), vec![e])),
                    Err(e) => {
                        return Some(Input {
                            source: Source::Unreadable(e),
                            name,
                        });
                    }
                }
            } else {
                return Some(Input {
                    source: Source::File(arg.clone()),
                    name,
                });
            }
        }
    }
}

/// Whether the command line names exactly one input that is no folder.
pub fn is_single(args: &[PathBuf]) -> bool {
    matches!(args, [one] if one.as_os_str() == "-" || !one.is_dir())
}

/// A directory's entries (path, is a directory), sorted descending so that
/// `pop` yields them in order. Symbolic links to directories are not
/// followed (no cycles).
fn entries(dir: &Path) -> io::Result<Entries> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        out.push((e.path(), is_dir));
    }
    out.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    Ok(out)
}

/// Whether `rel` (a path below the folder given) matches `pattern`: on the
/// file name alone, or on the whole relative path when the pattern has a `/`.
/// `*` matches any run of characters (not `/`), `?` any one character.
pub fn glob_matches(pattern: &str, rel: &str) -> bool {
    let rel = rel.replace('\\', "/");
    let subject = if pattern.contains('/') {
        rel.as_str()
    } else {
        rel.rsplit('/').next().unwrap_or(&rel)
    };
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = subject.chars().collect();
    wildcard(&p, &s)
}

/// Wildcard matching with one backtracking point (linear in practice).
fn wildcard(p: &[char], s: &[char]) -> bool {
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, si));
                pi += 1;
            }
            Some(&c) if (c == '?' && s[si] != '/') || c == s[si] => {
                pi += 1;
                si += 1;
            }
            _ => match star {
                Some((sp, ss)) if s[ss] != '/' => {
                    pi = sp + 1;
                    si = ss + 1;
                    star = Some((sp, ss + 1));
                }
                _ => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::glob_matches;

    #[test]
    fn globs() {
        assert!(glob_matches("*.txt", "a/b/c.txt"));
        assert!(!glob_matches("*.txt", "a/b/c.txt.bak"));
        assert!(glob_matches("*", "x"));
        assert!(glob_matches("c?.md", "dir/c1.md"));
        assert!(glob_matches("a/*.txt", "a/x.txt"));
        assert!(!glob_matches("a/*.txt", "a/b/x.txt"));
        assert!(glob_matches("*văn*", "công văn 1.txt"));
    }
}

//! Writing files without ever leaving a half-written one behind.
//!
//! Dossiers are hand-edited files under git: a crash, a full disk or a
//! concurrent reader must never see a truncated dossier, and an existing one
//! is never overwritten by accident. Both functions write the whole content
//! to a hidden temporary file in the target's folder (hidden, so `check`
//! skips one a crash left behind), flush it to disk, and only then make it
//! the target in one step:
//!
//! - [`write_atomic`] replaces the target with `rename`, keeping its
//!   permissions: a reader sees the old bytes or the new ones, never a mix.
//! - [`create_new`] links the temporary file to the target with `hard_link`,
//!   which fails when the target exists, so it never overwrites even when
//!   two processes race for one name. On a file system without hard links
//!   it falls back to `O_CREAT|O_EXCL` on the target, written in full and
//!   removed again if writing fails.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Replaces (or creates) `path` with `bytes` atomically: the one way every
/// command writes a file it may replace (`--output`, `reviewed`), as
/// FORMAT.md ("Exports and safety") asks.
///
/// - A symlink is followed, through a chain of links, so the file it points
///   at is replaced and the link stays (a published page behind a link is
///   updated, not cut off); a link to a file not yet there creates it.
/// - A path that exists and is not a regular file (a FIFO, a device, a
///   socket, a folder), or that leads through `/proc` (as `/dev/stdout`
///   does), is refused with [`io::ErrorKind::InvalidInput`] carrying the
///   catalogue message that says what it is (which
///   [`crate::load::describe_io`] gives as the reason): it is never replaced.
///
/// # Errors
/// The refusal above, a symlink loop, or the I/O error of writing; on any
/// error the target is as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = regular_target(path)?;
    let (temp_path, file) = create_temp(&target)?;
    write_via(&target, bytes, &temp_path, file)
}

/// Where a write to `path` lands: the end of its symlink chain, checked to
/// be a regular file or nothing yet (see [`write_atomic`]).
fn regular_target(path: &Path) -> io::Result<PathBuf> {
    let (target, through_proc) = follow_symlinks(path)?;
    // Said after "cannot write PATH: ", so the path itself is not repeated.
    let refuse = |kind: &std::fs::FileType| {
        let what = crate::i18n::Message::new(crate::load::kind_id(kind));
        let message = if target == path {
            crate::msg!("write-not-regular", what = what)
        } else {
            crate::msg!(
                "write-not-regular-behind-link",
                target = target.display().to_string(),
                what = what
            )
        };
        io::Error::new(io::ErrorKind::InvalidInput, message)
    };
    if through_proc {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::i18n::Message::new("write-through-proc"),
        ));
    }
    match fs::metadata(&target) {
        Ok(metadata) if !metadata.is_file() => Err(refuse(&metadata.file_type())),
        Ok(_) => Ok(target),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(target),
        Err(error) => Err(error),
    }
}

/// Creates `path` with `bytes`; fails with [`io::ErrorKind::AlreadyExists`]
/// when anything already has that name. The file appears complete or not at all.
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.symlink_metadata().is_ok() {
        return Err(already_exists(path));
    }
    let (temp_path, mut file) = create_temp(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let result = written.and_then(|()| match fs::hard_link(&temp_path, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => Err(already_exists(path)),
        Err(_) => create_new_in_place(path, bytes),
    });
    let _ = fs::remove_file(&temp_path);
    if result.is_ok() {
        sync_folder(folder_of(path));
    }
    result
}

/// Writes `bytes` into the already created `temp_path`, then renames it over
/// `target`. On any failure the temporary file is removed and `target` is
/// untouched.
fn write_via(target: &Path, bytes: &[u8], temp_path: &Path, mut file: File) -> io::Result<()> {
    let result = (|| {
        file.write_all(bytes)?;
        if let Ok(existing) = fs::metadata(target) {
            file.set_permissions(existing.permissions())?;
            keep_owner(&file, &existing);
        }
        file.sync_all()?;
        drop(file);
        fs::rename(temp_path, target)
    })();
    match result {
        Ok(()) => {
            sync_folder(folder_of(target));
            Ok(())
        }
        Err(error) => {
            let _ = fs::remove_file(temp_path);
            Err(error)
        }
    }
}

/// The fallback of [`create_new`]: exclusive creation of the target itself.
fn create_new_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(already_exists(path));
        }
        Err(error) => return Err(error),
    };
    let result = file.write_all(bytes).and_then(|()| file.sync_all());
    if result.is_err() {
        // We created it a moment ago: a partial file is ours to remove.
        drop(file);
        let _ = fs::remove_file(path);
    }
    result
}

fn already_exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} already exists", path.display()),
    )
}

/// Symlink hops followed before a chain counts as a loop (Linux allows 40).
const MAX_SYMLINK_HOPS: usize = 40;

/// The end of `path`'s symlink chain (relative links read from the folder
/// of the link), or `path` itself when it is no link; and whether the chain
/// passes through `/proc`, where `/dev/stdout` leads (`/proc/self/fd/1`):
/// a process's open file, never ours to replace.
fn follow_symlinks(path: &Path) -> io::Result<(PathBuf, bool)> {
    let mut current = path.to_path_buf();
    let mut through_proc = false;
    for _ in 0..MAX_SYMLINK_HOPS {
        through_proc |= current.starts_with("/proc");
        match current.symlink_metadata() {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = folder_of(&current).join(link);
            }
            _ => return Ok((current, through_proc)),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::msg!("write-symlink-loop", hops = MAX_SYMLINK_HOPS),
    ))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// A new, exclusively created, hidden file beside `target`.
fn create_temp(target: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = target
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy());
    let mut last_error = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp_path = folder_of(target).join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                last_error = Some(error);
            }
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("cannot create a temporary file")))
}

/// Makes a finished rename durable: the folder entry is flushed too.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// The replacement keeps the owner and group of the file it replaces, where
/// we may set them (as root, or when they are ours already).
fn keep_owner(file: &File, existing: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(ours) = file.metadata()
            && (ours.uid() != existing.uid() || ours.gid() != existing.gid())
        {
            let _ = std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, existing);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::{Scratch, scratch};

    fn temp_dir(name: &str) -> Scratch {
        scratch(&format!("write-{name}"))
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn replaces_content_and_keeps_permissions() {
        let dir = temp_dir("replace");
        let path = dir.join("acme.yaml");
        fs::write(&path, "old\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomic(&path, b"new\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        assert!(leftovers(&dir).is_empty());
    }

    #[test]
    fn a_failed_write_leaves_the_original_and_no_temporary_file() {
        let dir = temp_dir("fail");
        let path = dir.join("acme.yaml");
        fs::write(&path, "original\n").unwrap();
        // A folder where the temporary file should go: it cannot be written.
        let temp_path = dir.join(".acme.yaml.blocked.tmp");
        fs::create_dir(&temp_path).unwrap();
        let file = File::open(&temp_path).unwrap();
        let error = write_via(&path, b"replacement\n", &temp_path, file).unwrap_err();
        assert_ne!(error.kind(), io::ErrorKind::NotFound);
        assert_eq!(fs::read(&path).unwrap(), b"original\n");
        // The temporary path was a folder we made; `remove_file` cannot take it.
        assert!(temp_path.is_dir());
    }

    #[test]
    fn follows_a_symlink_and_keeps_it() {
        let dir = temp_dir("symlink");
        let real = dir.join("real.yaml");
        let link = dir.join("link.yaml");
        fs::write(&real, "old\n").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&real, &link).unwrap();
            write_atomic(&link, b"new\n").unwrap();
            assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
            assert_eq!(fs::read(&real).unwrap(), b"new\n");
        }
    }

    #[test]
    fn refuses_what_is_not_a_regular_file() {
        let dir = temp_dir("refuse");
        for path in [
            dir.to_path_buf(),
            PathBuf::from("/dev/null"),
            PathBuf::from("/dev/stdout"),
        ] {
            let error = write_atomic(&path, b"x").unwrap_err();
            assert_eq!(
                error.kind(),
                io::ErrorKind::InvalidInput,
                "{}",
                path.display()
            );
            assert!(error.to_string().contains("not a regular file"), "{error}");
        }
        assert!(dir.is_dir());
    }

    #[test]
    fn follows_a_chain_of_links_even_to_a_file_not_yet_there() {
        let dir = temp_dir("chain");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("middle.html", dir.join("page.html")).unwrap();
            std::os::unix::fs::symlink("sub/real.html", dir.join("middle.html")).unwrap();
            fs::create_dir(dir.join("sub")).unwrap();
            write_atomic(&dir.join("page.html"), b"new\n").unwrap();
            assert_eq!(fs::read(dir.join("sub/real.html")).unwrap(), b"new\n");
            assert!(
                dir.join("page.html")
                    .symlink_metadata()
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            std::os::unix::fs::symlink("loop.html", dir.join("loop.html")).unwrap();
            let error = write_atomic(&dir.join("loop.html"), b"x").unwrap_err();
            assert!(error.to_string().contains("symlink loop"), "{error}");
        }
    }

    #[test]
    fn create_new_never_overwrites() {
        let dir = temp_dir("create");
        let path = dir.join("acme.yaml");
        create_new(&path, b"first\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"first\n");
        let error = create_new(&path, b"second\n").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first\n");
        assert!(leftovers(&dir).is_empty());
    }

    #[test]
    fn create_new_refuses_a_dangling_symlink() {
        let dir = temp_dir("dangling");
        let path = dir.join("acme.yaml");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("nowhere.yaml"), &path).unwrap();
            let error = create_new(&path, b"x\n").unwrap_err();
            assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
            assert!(!dir.join("nowhere.yaml").exists());
        }
    }
}

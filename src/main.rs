/// mimalloc rather than the system allocator: a dossier is read as many
/// small values, and with glibc's allocator `check` of 100,000 dossiers took
/// about a third more CPU time (bench/README.md, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dossier::run().into()
}

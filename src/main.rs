fn main() -> std::process::ExitCode {
    dossier::run().into()
}

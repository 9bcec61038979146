//! Compiles `proto/kohtaanto/v1/*.proto` without a system `protoc`: `protox` (a protobuf
//! compiler in pure Rust) parses the files into a `FileDescriptorSet`, `tonic-prost-build`
//! generates the messages and the client and server code from it, and the encoded descriptor
//! set is written to `OUT_DIR` for server reflection.

use std::env;
use std::error::Error;
use std::fs;
use std::path::PathBuf;

/// Name of the encoded descriptor set in `OUT_DIR`, included by `src/lib.rs`.
const DESCRIPTOR_FILE: &str = "kohtaanto_v1_descriptor.bin";

fn main() -> Result<(), Box<dyn Error>> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let proto_root = manifest_dir.join("../../proto");
    let package_dir = proto_root.join("kohtaanto/v1");
    println!("cargo:rerun-if-changed={}", package_dir.display());

    // Every .proto of the package, in a fixed order so that the output is reproducible.
    let mut proto_files = Vec::new();
    for entry in fs::read_dir(&package_dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|extension| extension == "proto") {
            println!("cargo:rerun-if-changed={}", path.display());
            proto_files.push(path);
        }
    }
    proto_files.sort();
    if proto_files.is_empty() {
        return Err(format!("no .proto files in {}", package_dir.display()).into());
    }

    // Imports (google/protobuf/timestamp.proto) are included so that reflection clients can
    // resolve every type; source info keeps the comments for generated docs and reflection.
    let mut compiler = protox::Compiler::new([&proto_root])?;
    compiler.include_imports(true).include_source_info(true);
    compiler.open_files(&proto_files)?;

    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    fs::write(out_dir.join(DESCRIPTOR_FILE), compiler.encode_file_descriptor_set())?;

    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .compile_fds(compiler.file_descriptor_set())?;
    Ok(())
}

//! The migrations are embedded in the binary (`diesel_migrations::embed_migrations!`): a new or changed
//! migration must rebuild the crate even when no Rust file changed.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}

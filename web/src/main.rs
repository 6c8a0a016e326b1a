//! The browser workbench: mounts the app on the page.

fn main() {
    tthc_web::start();
}

//! What the load test (`spoor2 bench last`) and the tests that run the real `spoor2 serve` share: a
//! server as a child process, and a client that uses it as a browser does.

pub mod klant;
pub mod server;

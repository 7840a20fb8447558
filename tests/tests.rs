//! The integration tests: one binary, one module per concern.
//! Fixtures live in `fixtures/`, each text beside its expected values.

mod common;

mod addressees;
mod citations;
mod cli;
mod closing;
mod coverage;
mod dates;
mod deadlines;
mod encodings;
mod header;
mod robustness;
mod seeds;
mod tasks;

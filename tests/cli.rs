//! Tests of the cli stage (see its issue).

//! Tests of the closing stage (see its issue).

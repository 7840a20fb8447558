//! Tests of the citations stage (see its issue).

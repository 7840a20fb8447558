//! Tests of the deadlines stage (see its issue).

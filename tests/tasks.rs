//! Tests of the tasks stage (see its issue).

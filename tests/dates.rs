//! Tests of the dates stage (see its issue).

//! Tests of the encodings stage (see its issue).

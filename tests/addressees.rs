//! Tests of the addressees stage (see its issue).

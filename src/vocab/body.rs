//! Vocabulary of the body stage (filled by that stage).

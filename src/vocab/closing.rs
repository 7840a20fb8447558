//! Vocabulary of the closing stage (filled by that stage).

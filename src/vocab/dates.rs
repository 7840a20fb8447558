//! Vocabulary of the dates stage (filled by that stage).

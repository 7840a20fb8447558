//! The header: every form of issue 2, with exact values.

//! Paragraph alignment (issue: alignment). Being built.

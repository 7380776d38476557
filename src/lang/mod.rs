//! The language registry: which files are which language (by extension or file name)
//! and the tree-sitter grammar of each. Query packs live in `pack`, per-thread parsing in
//! `parse`.

pub mod gate;
pub mod pack;
pub mod parse;

use std::path::Path;

/// A language pinscan parses with tree-sitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    CSharp,
    Go,
    Java,
    JavaScript,
    Kotlin,
    Python,
    Rust,
    Tsx,
    TypeScript,
}

impl Language {
    pub const ALL: [Language; 9] = [
        Language::CSharp,
        Language::Go,
        Language::Java,
        Language::JavaScript,
        Language::Kotlin,
        Language::Python,
        Language::Rust,
        Language::Tsx,
        Language::TypeScript,
    ];

    /// The name used in rule files and `queries/<name>/`.
    pub fn name(self) -> &'static str {
        match self {
            Language::CSharp => "csharp",
            Language::Go => "go",
            Language::Java => "java",
            Language::JavaScript => "javascript",
            Language::Kotlin => "kotlin",
            Language::Python => "python",
            Language::Rust => "rust",
            Language::Tsx => "tsx",
            Language::TypeScript => "typescript",
        }
    }

    pub fn from_name(name: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.name() == name)
    }

    /// Position in `ALL` (for per-language tables).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Language::CSharp => &["cs", "csx"],
            Language::Go => &["go"],
            Language::Java => &["java"],
            Language::JavaScript => &["js", "mjs", "cjs", "jsx"],
            Language::Kotlin => &["kt", "kts"],
            Language::Python => &["py", "pyi", "pyw"],
            Language::Rust => &["rs"],
            Language::Tsx => &["tsx"],
            Language::TypeScript => &["ts", "mts", "cts"],
        }
    }

    /// The language of a file, from its extension.
    pub fn from_path(path: &Path) -> Option<Language> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.extensions().contains(&ext.as_str()))
    }

    pub fn grammar(self) -> tree_sitter::Language {
        match self {
            Language::CSharp => tree_sitter_c_sharp::LANGUAGE.into(),
            Language::Go => tree_sitter_go::LANGUAGE.into(),
            Language::Java => tree_sitter_java::LANGUAGE.into(),
            Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Language::Kotlin => tree_sitter_kotlin_ng::LANGUAGE.into(),
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::Rust => tree_sitter_rust::LANGUAGE.into(),
            Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_maps_extensions() {
        assert_eq!(
            Language::from_path(Path::new("a/B.java")),
            Some(Language::Java)
        );
        assert_eq!(
            Language::from_path(Path::new("x.MJS")),
            Some(Language::JavaScript)
        );
        assert_eq!(
            Language::from_path(Path::new("x.py")),
            Some(Language::Python)
        );
        assert_eq!(
            Language::from_path(Path::new("lib.rs")),
            Some(Language::Rust)
        );
        assert_eq!(Language::from_path(Path::new("README")), None);
        for l in Language::ALL {
            assert_eq!(Language::from_name(l.name()), Some(l));
            assert_eq!(Language::ALL[l.index()], l);
        }
    }
}

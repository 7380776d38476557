//! The language registry: which files are which language (by extension or file name)
//! and the tree-sitter grammar of each. Query packs live in `pack`, per-thread parsing in
//! `parse`.

pub mod comments;
pub mod focus;
pub mod gate;
pub mod pack;
pub mod parse;
pub mod snippets;
pub mod testcode;

use std::path::Path;
use std::sync::LazyLock;

use regex::bytes::Regex;

/// One language of the registry.
struct Entry {
    /// The name used in rule files and `queries/<name>/`.
    name: &'static str,
    /// File extensions, lower case, without the dot.
    extensions: &'static [&'static str],
    grammar: fn() -> tree_sitter::Language,
}

/// The language registry, in name order: adding a tree-sitter language is one entry here
/// (plus the grammar crate in `Cargo.toml` and its `queries/<name>/` folder).
const REGISTRY: &[Entry] = &[
    Entry {
        name: "c",
        extensions: &["c", "h"],
        grammar: || tree_sitter_c::LANGUAGE.into(),
    },
    Entry {
        name: "cpp",
        extensions: &["cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "ino"],
        grammar: || tree_sitter_cpp::LANGUAGE.into(),
    },
    Entry {
        name: "csharp",
        extensions: &["cs", "csx"],
        grammar: || tree_sitter_c_sharp::LANGUAGE.into(),
    },
    Entry {
        name: "go",
        extensions: &["go"],
        grammar: || tree_sitter_go::LANGUAGE.into(),
    },
    Entry {
        name: "java",
        extensions: &["java"],
        grammar: || tree_sitter_java::LANGUAGE.into(),
    },
    Entry {
        name: "javascript",
        extensions: &["js", "mjs", "cjs", "jsx"],
        grammar: || tree_sitter_javascript::LANGUAGE.into(),
    },
    Entry {
        name: "kotlin",
        extensions: &["kt", "kts"],
        grammar: || tree_sitter_kotlin_ng::LANGUAGE.into(),
    },
    Entry {
        name: "objc",
        extensions: &["m", "mm"],
        grammar: || tree_sitter_objc::LANGUAGE.into(),
    },
    Entry {
        name: "php",
        extensions: &["php", "phtml"],
        grammar: || tree_sitter_php::LANGUAGE_PHP.into(),
    },
    Entry {
        name: "python",
        extensions: &["py", "pyi", "pyw"],
        grammar: || tree_sitter_python::LANGUAGE.into(),
    },
    Entry {
        name: "ruby",
        extensions: &["rb", "rake", "gemspec", "ru"],
        grammar: || tree_sitter_ruby::LANGUAGE.into(),
    },
    Entry {
        name: "rust",
        extensions: &["rs"],
        grammar: || tree_sitter_rust::LANGUAGE.into(),
    },
    Entry {
        name: "swift",
        extensions: &["swift"],
        grammar: || tree_sitter_swift::LANGUAGE.into(),
    },
    Entry {
        name: "tsx",
        extensions: &["tsx"],
        grammar: || tree_sitter_typescript::LANGUAGE_TSX.into(),
    },
    Entry {
        name: "typescript",
        extensions: &["ts", "mts", "cts"],
        grammar: || tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
    },
];

/// How many bytes at the start of a `.h` file [`Language::detect`] looks at.
pub const DETECT_WINDOW: usize = 64 * 1024;

/// C++ in a header: a class definition or declaration at the start of a line (prose in
/// comments such as "a class of errors;" has a `*` or `//` before it), a namespace, a
/// template, an access specifier at the start of a line, the standard library namespace.
static CPP_SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m-u)^[ \t]*class\s+\w+(\s+\w+){0,2}\s*[{:;]|\bnamespace(\s+\w+)?\s*\{|^[ \t]*using\s+namespace\s|\btemplate\s*<|^\s*(public|private|protected)\s*:|\bstd::",
    )
    .expect("valid C++ syntax regex")
});

/// Objective-C in a header: a directive at the start of a line.
static OBJC_SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m-u)^\s*(@interface|@implementation|@protocol|@class|#\s*import)\b")
        .expect("valid Objective-C syntax regex")
});

/// A language pinscan parses with tree-sitter: a position in the registry.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(u8);

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Language {
    /// Every language of the registry, in name order.
    pub const ALL: [Language; REGISTRY.len()] = {
        let mut all = [Language(0); REGISTRY.len()];
        let mut i = 0;
        while i < all.len() {
            #[allow(clippy::cast_possible_truncation)] // a registry of fewer than 256
            {
                all[i] = Language(i as u8);
            }
            i += 1;
        }
        all
    };

    fn entry(self) -> &'static Entry {
        &REGISTRY[self.index()]
    }

    /// The name used in rule files and `queries/<name>/`.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    pub fn from_name(name: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.name() == name)
    }

    /// Position in `ALL` (for per-language tables).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn extensions(self) -> &'static [&'static str] {
        self.entry().extensions
    }

    /// The language of a file, from its extension.
    pub fn from_path(path: &Path) -> Option<Language> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.extensions().contains(&ext.as_str()))
    }

    /// The language of a file, from its extension and, for a `.h` header (C, C++ or
    /// Objective-C share the extension), from its first [`DETECT_WINDOW`] bytes: C++
    /// syntax (`class X {`, `namespace`, `template <`, `public:`, `std::`) makes it `cpp`,
    /// Objective-C (`@interface`, `@implementation`, `@protocol`, `#import`) makes it
    /// `objc` when the registry has that language; anything else stays `c`.
    pub fn detect(path: &Path, bytes: &[u8]) -> Option<Language> {
        let lang = Language::from_path(path)?;
        let is_header = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("h"));
        if !is_header {
            return Some(lang);
        }
        let head = &bytes[..bytes.len().min(DETECT_WINDOW)];
        let objc = Language::from_name("objc");
        if let Some(objc) = objc.filter(|_| OBJC_SYNTAX.is_match(head)) {
            return Some(objc);
        }
        if CPP_SYNTAX.is_match(head) {
            return Language::from_name("cpp").or(Some(lang));
        }
        Some(lang)
    }

    pub fn grammar(self) -> tree_sitter::Language {
        (self.entry().grammar)()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_maps_extensions() {
        let name = |p: &str| Language::from_path(Path::new(p)).map(Language::name);
        assert_eq!(name("a/B.java"), Some("java"));
        assert_eq!(name("x.MJS"), Some("javascript"));
        assert_eq!(name("x.py"), Some("python"));
        assert_eq!(name("lib.rs"), Some("rust"));
        assert_eq!(name("AppDelegate.m"), Some("objc"));
        assert_eq!(name("Bridge.mm"), Some("objc"));
        assert_eq!(name("Pinning.swift"), Some("swift"));
        assert_eq!(name("app/models/user.rb"), Some("ruby"));
        assert_eq!(name("tasks/db.rake"), Some("ruby"));
        assert_eq!(name("pinscan.gemspec"), Some("ruby"));
        assert_eq!(name("config.ru"), Some("ruby"));
        assert_eq!(name("index.php"), Some("php"));
        assert_eq!(name("view.phtml"), Some("php"));
        assert_eq!(Language::from_path(Path::new("lib/legacy.inc")), None);
        assert_eq!(Language::from_path(Path::new("README")), None);
        for l in Language::ALL {
            assert_eq!(Language::from_name(l.name()), Some(l));
            assert_eq!(Language::ALL[l.index()], l);
            assert_eq!(format!("{l:?}"), l.name());
            // Every grammar loads into a parser.
            assert!(
                tree_sitter::Parser::new()
                    .set_language(&l.grammar())
                    .is_ok()
            );
        }
        let names: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted, "the registry is in name order");
        // An extension names one language only.
        let mut exts: Vec<&str> = Language::ALL
            .iter()
            .flat_map(|l| l.extensions())
            .copied()
            .collect();
        let n = exts.len();
        exts.sort_unstable();
        exts.dedup();
        assert_eq!(exts.len(), n);
    }

    #[test]
    fn headers_are_c_unless_they_hold_cpp_or_objc() {
        let detect = |p: &str, text: &str| {
            Language::detect(Path::new(p), text.as_bytes()).map(Language::name)
        };
        let c = "#ifndef X_H\n#define X_H\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\
                 /* A class of errors: see below; the public: API. */\n\
                 int f(void);\n#endif\n";
        assert_eq!(detect("inc/x.h", c), Some("c"));
        assert_eq!(detect("x.H", ""), Some("c"));
        for cpp in [
            "class Pinner {\n};\n",
            "  class API Pinner : public Base {\n",
            "class Fwd;\n",
            "namespace tls {\nint f();\n}\n",
            "namespace {\n}\n",
            "using namespace std;\n",
            "template <typename T> T id(T t);\n",
            "struct S {\npublic:\n  int x;\n};\n",
            "int f(const std::string& s);\n",
        ] {
            assert_eq!(detect("x.h", cpp), Some("cpp"), "{cpp}");
        }
        // Only .h is sniffed: a .c file is C whatever it holds, a .hpp is C++.
        assert_eq!(detect("x.c", "class A {};"), Some("c"));
        assert_eq!(detect("x.hpp", "int f(void);"), Some("cpp"));
        assert_eq!(detect("x.txt", "class A {};"), None);
        // Objective-C goes to `objc` when the registry has it, else C (or C++).
        let objc = Language::from_name("objc").map_or("c", Language::name);
        for m in [
            "#import <Foundation/Foundation.h>\n",
            "@interface Pinner : NSObject\n@end\n",
            "@protocol P\n@end\n",
            "@implementation X\n@end\n",
        ] {
            assert_eq!(detect("x.h", m), Some(objc), "{m}");
        }
        // Only the first DETECT_WINDOW bytes are looked at.
        let late = format!("{}\nnamespace late {{\n}}\n", " ".repeat(DETECT_WINDOW));
        assert_eq!(detect("x.h", &late), Some("c"));
    }
}

;; gate: RootCertStore
;; Why this gate (see src/lang/gate.rs): the store's creation pins the `RootCertStore` path
;; of the constructor call or struct literal with an anchored `(^|::)RootCertStore$` regex
;; (`empty` and `roots` are far more common). It is in the first half of the join below
;; (a gate word in either half is enough, src/lang/pack.rs) and inside the outermost node
;; of the last patterns (the function or closure).

; PIN303: rustls root store started empty (`RootCertStore::empty()`, or the struct literal
; with an empty `roots` vector) and filled with chosen certificates in a block that never
; brings in the webpki / native / platform roots.
;
; Where the pin is: each call that puts a chosen certificate into that store
; (`roots.add(ca)`, `roots.add_parsable_certificates(certs)`, `extend`, ...) is reported,
; with the certificate as the value. A join pairs the store's creation (`let [mut] roots =
; ...` directly in a block) with a later call on the same name in that block: as its own
; statement, with `?` or a chained `.unwrap()` / `.map_err(..)?`, as a `let` value, or
; inside loops and `if` / `else` branches nested in the block. The meeting block is a
; function's body or a nested block (a `match` arm, an `if` branch); its text must not bring
; in the webpki / native / platform roots, nor hand the store to a server's verifier of
; client certificates (`WebPkiClientVerifier::builder(..)`: mutual TLS, not a client
; pinning a server; a mention in a comment does not count). A function that creates the
; empty store but adds to it nowhere in its text reports the creation instead (last
; patterns).

; First half: the empty store, created directly in a block.
((let_declaration
    pattern: [(identifier) @_var (mut_pattern (identifier) @_var)]
    value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_))) @_decl
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#pinscan-up! @_decl "block:[^;]*;")
  (#pinscan-partner! "PIN303" @_var))

((let_declaration
    pattern: [(identifier) @_var (mut_pattern (identifier) @_var)]
    value: (struct_expression name: (_) @_ty body: (field_initializer_list (field_initializer field: (field_identifier) @_field value: (_) @_empty)))) @_decl
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#pinscan-up! @_decl "block:[^;]*;")
  (#pinscan-partner! "PIN303" @_var))

; Second half: a call that fills it, up through `?` and chained calls to its statement (or
; `let`), then through any loops and branches to the block that created the store.
((call_expression
    function: (field_expression value: (identifier) @_recv field: (field_identifier) @_m @pin.start)
    arguments: (arguments . (_) @pin.value)) @pin
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#pinscan-up! @pin "(?:try_expression:[^;]*;|field_expression:value:[^;]*;call_expression:function:[^;]*;)*(?:expression_statement:[^;]*;|let_declaration:value:[^;]*;)(?:block:[^;]*;(?:(?:if_expression|else_clause):[^;]*;)*(?:for_expression|while_expression|loop_expression|if_expression|else_clause):[^;]*;(?:expression_statement:[^;]*;)?)*(?P<blk>block:[^;]*;)")
  (#pinscan-not-match! "blk" "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS")
  (#pinscan-not-match! "blk" "(WebPkiClientVerifier|AllowAnyAuthenticatedClient|AllowAnyAnonymousOrAuthenticatedClient)\\s*::")
  (#pinscan-join! "PIN303" @_recv))

; Fallback: the empty store is created but nothing is added to it in the shapes above (the
; certificates come in elsewhere): report the creation.
((function_item
  body: (_ [
    (let_declaration value: (_
      function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)) @pin @pin.value)
    (expression_statement (assignment_expression right: (_
      function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)) @pin @pin.value))
  ])
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")) @_fn
  (#not-match? @_fn "\\.(add|add_parsable_certificates|add_trust_anchors|add_server_trust_anchors|extend)\\s*\\(")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block [
    (let_declaration value: (_
      function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)) @pin @pin.value)
    (expression_statement (assignment_expression right: (_
      function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)) @pin @pin.value))
  ])
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")) @_fn
  (#not-match? @_fn "\\.(add|add_parsable_certificates|add_trust_anchors|add_server_trust_anchors|extend)\\s*\\(")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

; `RootCertStore { roots: vec![] }` / `Vec::new()`.
((function_item
  body: (_
    (let_declaration value: (_
      name: (_) @_ty
      body: (_
        (_ field: (field_identifier) @_field value: (_) @_empty))) @pin @pin.value))
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")) @_fn
  (#not-match? @_fn "\\.(add|add_parsable_certificates|add_trust_anchors|add_server_trust_anchors|extend)\\s*\\(")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

;; gate: RootCertStore
;; Why this gate (see src/lang/gate.rs): each pattern pins the `RootCertStore` path of the
;; constructor call or struct literal with an anchored `(^|::)RootCertStore$` regex (`empty`
;; and `roots` are far more common).

; PIN303: rustls root store started empty (`RootCertStore::empty()`, or the struct literal
; with an empty `roots` vector) in a function or closure that never brings in the webpki /
; native / platform roots. Tree-sitter cannot look "elsewhere in the function", so the
; enclosing function's text is checked with #not-match?.
((function_item
  body: (block [
    (let_declaration value: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value)
    (expression_statement (assignment_expression right: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value))
  ])
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")) @_fn
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block [
    (let_declaration value: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value)
    (expression_statement (assignment_expression right: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value))
  ])
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")) @_fn
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

; `RootCertStore { roots: vec![] }` / `Vec::new()`.
((function_item
  body: (block
    (let_declaration value: (struct_expression
      name: (_) @_ty
      body: (field_initializer_list
        (field_initializer field: (field_identifier) @_field value: (_) @_empty))) @pin @pin.value))
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")) @_fn
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

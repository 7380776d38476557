;; Gates (see src/lang/gate.rs): each pattern of a rule pins one of its rule's words with
;; #eq? / #any-of? on an identifier, or with an anchored `(^|::)Name$` regex on a path.
;; PIN304: the four method names. PIN303: the `RootCertStore` path of the constructor call or
;; struct literal (`empty` and `roots` are far more common).
;; pinscan-gate PIN304: tls_built_in_root_certs tls_built_in_webpki_certs tls_built_in_native_certs disable_built_in_roots
;; pinscan-gate PIN303: RootCertStore

; reqwest: built-in roots switched off.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#any-of? @_method "tls_built_in_root_certs" "tls_built_in_webpki_certs" "tls_built_in_native_certs")
  (#eq? @_flag "false")
  (#set! pinscan.rule "PIN304")) @pin

; native-tls: built-in roots disabled.
(call_expression
  function: (field_expression field: (field_identifier) @_method @pin.value @pin.start)
  arguments: (arguments . (boolean_literal) @_flag .)
  (#eq? @_method "disable_built_in_roots")
  (#eq? @_flag "true")
  (#set! pinscan.rule "PIN304")) @pin

; ---------------------------------------------------------------------------------------
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
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS")
  (#set! pinscan.rule "PIN303"))

((closure_expression
  body: (block [
    (let_declaration value: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value)
    (expression_statement (assignment_expression right: (call_expression
      function: (scoped_identifier path: (_) @_ty name: (identifier) @_ctor)) @pin @pin.value))
  ])
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")) @_fn
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS")
  (#set! pinscan.rule "PIN303"))

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
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS")
  (#set! pinscan.rule "PIN303"))

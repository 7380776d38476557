;; gate: RootCertStore
;; Why this gate (see src/lang/gate.rs): each pattern pins the `RootCertStore` path of the
;; constructor call or struct literal with an anchored `(^|::)RootCertStore$` regex (`empty`
;; and `roots` are far more common); the store's creation is inside every pattern's outermost
;; node (the function or closure).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN303: rustls root store started empty (`RootCertStore::empty()`, or the struct literal
; with an empty `roots` vector) in a function or closure that never brings in the webpki /
; native / platform roots. Tree-sitter cannot look "elsewhere in the function", so the
; enclosing function's text is checked with #not-match?.
;
; Where the pin is: each call that puts a chosen certificate into that store
; (`roots.add(ca)`, `roots.add_parsable_certificates(certs)`, also `.add(..).unwrap()`, `?`, and
; inside a `for` loop) is reported, with the certificate as the value. A function that creates
; the empty store but adds to it in none of these shapes reports the creation instead (last
; patterns). The shapes are a generated, flat list (nested alternations lose matches).

; The store and the calls that fill it in one block: a function's body, or a nested block
; (a `match` arm, an `if` branch) of a function that may bring in other roots elsewhere;
; the block must not bring in the webpki / native / platform roots.
((block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (let_declaration value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (let_declaration value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((function_item
  body: (_
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (let_declaration value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ function: (_ path: (_) @_ty name: (identifier) @_ctor) arguments: (_)))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_ctor "empty")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (let_declaration value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin)))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_)))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

((closure_expression
  body: (block
    (let_declaration pattern: [(identifier) @_var (mut_pattern (identifier) @_var)] value: (_ name: (_) @_ty body: (_ (_ field: (field_identifier) @_field value: (_) @_empty))))
    (expression_statement (for_expression body: (_ (expression_statement (try_expression (_ function: (_ value: (_ function: (_ value: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (_ . (_) @pin.value)) @pin) arguments: (_))))))))) @_fn
  (#match? @_ty "(^|::)RootCertStore$")
  (#eq? @_field "roots")
  (#match? @_empty "^(vec!\\s*[\\[(]\\s*[\\])]|Vec::new\\(\\)|Vec::with_capacity\\(.*\\)|Default::default\\(\\))$")
  (#eq? @_var @_recv)
  (#any-of? @_m "add" "add_parsable_certificates" "add_trust_anchors" "add_server_trust_anchors" "extend")
  (#not-match? @_fn "webpki_roots|webpki_root_certs|load_native_certs|native_certs|platform_verifier|TLS_SERVER_ROOTS"))

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

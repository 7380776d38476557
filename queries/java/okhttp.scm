;; PIN110 OkHttp CertificatePinner pins. The prefilter only runs these on files that mention
;; CertificatePinner. Keep in sync with queries/kotlin/okhttp.scm.

;; Every `.add(host, pins...)` on a CertificatePinner builder chain
;; (`new CertificatePinner.Builder().add(...)`, `new okhttp3.CertificatePinner.Builder()`).
(method_invocation
  object: (_) @_object
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value) @pin
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `anything.add(host, "sha256/...")`: the pin spelling is OkHttp's.
(method_invocation
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value (string_literal) @_pin) @pin
  (#eq? @_method "add")
  (#match? @_pin "^\"sha(1|256)/")
  (#set! pinscan.rule "PIN110"))

;; `builder.add(host, pin)` / `(pattern, PRIMARY_PIN, backupPin)` / `(host, *pins)` on a builder
;; variable, in a file that uses CertificatePinner: the second argument is named like a pin.
(method_invocation
  object: [(identifier) (method_invocation)]
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value . (_) @_pin) @pin
  (#eq? @_method "add")
  (#not-match? @pin.value "^[0-9]")
  (#match? @_pin "(?i)pin|spki|sha-?(1|256)|hash|fingerprint")
  (#set! pinscan.rule "PIN110"))

;; A builder kept in a local variable, then `builder.add(host, key)` in the same block:
;; directly, in a loop / if / try, in a `forEach` lambda, or chained `.add(..).add(..)`.
(block
  (local_variable_declaration declarator: (variable_declarator name: (identifier) @_v)) @_decl
  [
      (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])
      (return_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])
      (local_variable_declaration declarator: (variable_declarator value: [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]))
      (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))] (block (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]))]))))
      (enhanced_for_statement body: [[(expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]) (return_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]) (local_variable_declaration declarator: (variable_declarator value: [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))] (block (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]))]))))] (block [(expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]) (return_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]) (local_variable_declaration declarator: (variable_declarator value: [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])) (expression_statement (method_invocation arguments: (argument_list (lambda_expression body: [[(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))] (block (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]))]))))])])
    ]
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))

;; A builder kept in a field and filled in a method or constructor of the same class.
(class_body
  (field_declaration declarator: (variable_declarator name: (identifier) @_v)) @_decl
  [(method_declaration body: (block [
        (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])
        (return_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])
        (local_variable_declaration declarator: (variable_declarator value: [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))]))
      ]))
   (constructor_declaration body: (constructor_body [
        (expression_statement [(method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin) (method_invocation object: (method_invocation object: [(identifier) @_o (method_invocation object: (identifier) @_o name: (identifier) @_m0 (#eq? @_m0 "add"))] name: (identifier) @_m (#eq? @_m "add") arguments: (argument_list . (_) @pin.value) @pin))])
      ]))]
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))

;; PIN110 OkHttp CertificatePinner pins (Kotlin). The prefilter only runs these on files that
;; mention CertificatePinner. Keep in sync with queries/java/okhttp.scm.

;; Gate: every pattern below pins the function name `add` with #eq? on an identifier (the
;; `CertificatePinner` tests are unanchored regexes, so they cannot gate).
;; pinscan-gate PIN110: add

;; `.add(host, pins...)` on a CertificatePinner builder chain: `CertificatePinner.Builder().add(...)`.
(call_expression
  (navigation_expression (_) @_object (identifier) @_method .)
  (value_arguments . (value_argument (_) @pin.value)) @pin
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `CertificatePinner.Builder().apply { add(host, pin) }` (also `run`, `with`-style receivers).
(call_expression
  (navigation_expression (_) @_object (identifier) @_scope .)
  (annotated_lambda
    (lambda_literal
      (call_expression
        (identifier) @_method
        (value_arguments . (value_argument (_) @pin.value)) @pin)))
  (#any-of? @_scope "apply" "run")
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

;; `anything.add(host, "sha256/...")` / `add(host, "sha256/...")`: the pin spelling is OkHttp's.
(call_expression
  [(navigation_expression (_) (identifier) @_method .) (identifier) @_method]
  (value_arguments . (value_argument (_) @pin.value) (value_argument (string_literal) @_pin)) @pin
  (#eq? @_method "add")
  (#match? @_pin "^\"sha(1|256)/")
  (#set! pinscan.rule "PIN110"))

;; `builder.add(host, pin)` / `add(pattern, *pins)` in a file that uses CertificatePinner: the
;; second argument is named like a pin.
(call_expression
  [(navigation_expression [(identifier) (call_expression)] (identifier) @_method .) (identifier) @_method]
  (value_arguments . (value_argument (_) @pin.value) . (value_argument) @_pin) @pin
  (#eq? @_method "add")
  (#not-match? @pin.value "^[0-9]|^\"[^.*]*\"$")
  (#match? @_pin "(?i)pin|spki|sha-?(1|256)|hash|fingerprint|key")
  (#set! pinscan.rule "PIN110"))

;; `val builder = CertificatePinner.Builder()` then `builder.add(host, key)` in the same block
;; (directly, chained, in a for loop or a forEach lambda).
(block
  (property_declaration (variable_declaration (identifier) @_v)) @_decl
  [
    [(call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (call_expression (navigation_expression (call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (identifier) .))]
    (property_declaration [(call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (call_expression (navigation_expression (call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (identifier) .))])
    (for_statement [[(call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (call_expression (navigation_expression (call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (identifier) .))] (block [(call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (call_expression (navigation_expression (call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (identifier) .))])])
    (call_expression (annotated_lambda (lambda_literal [(call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (call_expression (navigation_expression (call_expression (navigation_expression [(identifier) @_o (call_expression (navigation_expression (identifier) @_o (identifier) @_m0 .))] (identifier) @_m .) (value_arguments . (value_argument (_) @pin.value)) @pin) (identifier) .))])))
  ]
  (#match? @_decl "CertificatePinner")
  (#eq? @_v @_o)
  (#set! pinscan.rule "PIN110"))

;; gate: NewCertPool RootCAs
;; PIN308 (go-cert-pool-root-cas): a tls.Config whose RootCAs is a pool made with
;; x509.NewCertPool() rather than started from x509.SystemCertPool().
;;
;; Tree-sitter cannot follow the pool variable, so the check is per function: report the
;; `RootCAs:` field (or `x.RootCAs = ...`) of a function / method / func literal whose text
;; calls x509.NewCertPool( and never x509.SystemCertPool (the usual "system pool, else a new
;; one" fallback is therefore silent). Tree-sitter has no descendant operator either, and
;; wildcard chains of every depth are far too slow, so the field is reached through the
;; concrete shapes real code uses (statement -> &tls.Config{...}, possibly inside
;; &http.Transport{TLSClientConfig: ...} / &http.Client{Transport: ...} or a call argument
;; such as tls.Dial(..., &tls.Config{...}) / credentials.NewTLS(&tls.Config{...})).
;; The alternatives are a generated, flat list: nested alternations lose matches in
;; tree-sitter 0.25. The source_file-rooted helper patterns come first on purpose: placed
;; after the function-level patterns they silently missed matches.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; Why this gate (src/lang/gate.rs): the source_file-rooted patterns pin `NewCertPool` with #eq?, the
;; function-level ones pin `RootCAs` with #eq? (their other word is an unanchored regex).

;; PIN308, pool built in a helper: a function that returns a *x509.CertPool, or a
;; method that stores a new pool in a struct field, made with x509.NewCertPool(), in a file
;; that sets RootCAs and never calls x509.SystemCertPool(). The RootCAs use is in another
;; function, so the NewCertPool() call is reported. Helpers that also mention ClientCAs
;; (server-side client-certificate pools) or Intermediates (chain building) are left alone.
((source_file
  (function_declaration result: (_) @_res body: (_ (statement_list [
        (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))
        (_ consequence: (block (statement_list (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ consequence: (block (statement_list (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ consequence: (block (statement_list (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))))))
        (_ alternative: (block (statement_list (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))))))
      ]))) @_fn) @_file
  (#match? @_res "CertPool")
  (#eq? @_new "NewCertPool")
  (#not-match? @_fn "RootCAs|SystemCertPool|ClientCAs|Intermediates")
  (#match? @_file "RootCAs")
  (#not-match? @_file "SystemCertPool"))

((source_file
  (function_declaration body: (_ (statement_list [
        (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (_ consequence: (block (statement_list (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
      ]))) @_fn) @_file
  (#eq? @_new "NewCertPool")
  (#not-match? @_fn "RootCAs|SystemCertPool|ClientCAs|Intermediates")
  (#match? @_file "RootCAs")
  (#not-match? @_file "SystemCertPool"))

((source_file
  (method_declaration result: (_) @_res body: (_ (statement_list [
        (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))
        (_ consequence: (block (statement_list (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (assignment_statement right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ consequence: (block (statement_list (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (short_var_declaration right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ consequence: (block (statement_list (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))))))
        (_ alternative: (block (statement_list (var_declaration (_ value: (expression_list . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))))))
      ]))) @_fn) @_file
  (#match? @_res "CertPool")
  (#eq? @_new "NewCertPool")
  (#not-match? @_fn "RootCAs|SystemCertPool|ClientCAs|Intermediates")
  (#match? @_file "RootCAs")
  (#not-match? @_file "SystemCertPool"))

((source_file
  (method_declaration body: (_ (statement_list [
        (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .))
        (_ consequence: (block (statement_list (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
        (_ alternative: (block (statement_list (assignment_statement left: (_ . (selector_expression) .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) @pin @pin.value .)))))
      ]))) @_fn) @_file
  (#eq? @_new "NewCertPool")
  (#not-match? @_fn "RootCAs|SystemCertPool|ClientCAs|Intermediates")
  (#match? @_file "RootCAs")
  (#not-match? @_file "SystemCertPool"))

;; Function-level: the RootCAs field itself.
(((function_declaration body: (_ (statement_list [
      (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin
      (return_statement (expression_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (short_var_declaration right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (assignment_statement right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (return_statement (expression_list (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (expression_statement (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))
      (var_declaration (_ value: (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (_ consequence: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      (_ alternative: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      ]))) @_fn)
  (#match? @_fn "NewCertPool\\(")
  (#not-match? @_fn "SystemCertPool")
  (#eq? @_key "RootCAs")
  (#not-eq? @pin.value "nil"))

(((method_declaration body: (_ (statement_list [
      (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin
      (return_statement (expression_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (short_var_declaration right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (assignment_statement right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (return_statement (expression_list (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (expression_statement (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))
      (var_declaration (_ value: (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (_ consequence: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      (_ alternative: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      ]))) @_fn)
  (#match? @_fn "NewCertPool\\(")
  (#not-match? @_fn "SystemCertPool")
  (#eq? @_key "RootCAs")
  (#not-eq? @pin.value "nil"))

(((func_literal body: (_ (statement_list [
      (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin
      (return_statement (expression_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (short_var_declaration right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (assignment_statement right: (_ (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))
      (return_statement (expression_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (short_var_declaration right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (assignment_statement right: (_ (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (return_statement (expression_list (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (expression_statement (_ arguments: (argument_list (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))
      (return_statement (expression_list (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (short_var_declaration right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (assignment_statement right: (_ (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))))))))
      (expression_statement (_ arguments: (argument_list (unary_expression operand: (composite_literal body: (_ (_ value: (literal_element (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin)))))))))))
      (var_declaration (_ value: (expression_list (unary_expression operand: (composite_literal body: (_ (_ key: (literal_element (identifier) @_key) value: (literal_element (_) @pin.value)) @pin))))))
      (_ consequence: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      (_ alternative: (block (statement_list (assignment_statement left: (_ . (_ field: (field_identifier) @_key) .) right: (_ . (_) @pin.value .)) @pin)))
      ]))) @_fn)
  (#match? @_fn "NewCertPool\\(")
  (#not-match? @_fn "SystemCertPool")
  (#eq? @_key "RootCAs")
  (#not-eq? @pin.value "nil"))

;; PIN308, a choice between the system pool and a new one: `if rootcert == "system" { pool, _ =
;; x509.SystemCertPool() } else { pool = x509.NewCertPool(); pool.AppendCertsFromPEM(ca) }`. The
;; function-level patterns above stay silent (the function calls SystemCertPool); the branch that
;; starts a new pool trusts only what it appends, so the append is reported, with the PEM as
;; the value. Both branch orders.
(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (expression_statement (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (unary_expression operand: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin))))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (expression_statement (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (unary_expression operand: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin))))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block) @_sys
  alternative: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (expression_statement (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (unary_expression operand: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin))))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (assignment_statement left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (expression_statement (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (unary_expression operand: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin))))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

(_
  consequence: (block (statement_list
    (short_var_declaration left: (_ . (identifier) @_pool .) right: (_ . (_ function: (_ field: (field_identifier) @_new)) .))
    (_ condition: (_ function: (_ operand: (identifier) @_recv field: (field_identifier) @_m @pin.start) arguments: (argument_list . (_) @pin.value)) @pin)))
  alternative: (block) @_sys
  (#match? @_sys "SystemCertPool\\(")
  (#eq? @_new "NewCertPool")
  (#eq? @_m "AppendCertsFromPEM")
  (#eq? @_pool @_recv))

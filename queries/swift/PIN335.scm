;; PIN335 (swift-embedded-anchor-certificates), Swift (tree-sitter-swift 0.7): a TLS
;; configuration given the certificates to trust in an argument whose name says they are
;; embedded, anchor or trusted server certificates:
;; Configuration(embeddedServerCertPaths: [path]), anchorCertificates: certs,
;; trustedServerCertificates: [...]. The value is the list or the variable holding it.
;; nil and an empty list stay silent.

((value_argument
  name: (value_argument_label (simple_identifier) @_k)
  value: (_) @pin.value) @pin
  (#match? @_k "^(?i:(embedded|anchor|trusted|custom_?root|root)_?(server_?|ca_?|root_?)?(certs?|certificates?)(_?(paths?|files?|urls?|data))?)$")
  (#not-match? @pin.value "^(nil|\\[\\]|\\[ *\\])$"))

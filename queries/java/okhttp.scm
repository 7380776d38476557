; OkHttp CertificatePinner: every `.add(host, pins...)` on a CertificatePinner builder chain.
(method_invocation
  object: (_) @_object
  name: (identifier) @_method
  arguments: (argument_list . (_) @pin.value) @pin
  (#eq? @_method "add")
  (#match? @_object "CertificatePinner")
  (#set! pinscan.rule "PIN110"))

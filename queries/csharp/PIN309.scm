;; gate: CustomTrustStore
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN309: X509ChainTrustMode.CustomRootTrust builds chains only to the certificates in
; X509ChainPolicy.CustomTrustStore (the store is ignored under System trust), so every
; certificate put into that store is reported, with the certificate as the value (a file name
; such as "certs/DigiCertGlobalRootG2.crt.pem" resolves against the CA catalog; an identifier
; is followed to its assignment in the file).
;; Gate: both patterns pin the store with #eq?.
; `policy.CustomTrustStore.Add(root)`, `chain.ChainPolicy.CustomTrustStore.AddRange(roots)`,
; `CustomTrustStore.ImportFromPemFile("ca.pem")`. ExtraStore (intermediates) is not trust.
((_
  function: (_
    expression: [
      (identifier) @_store
      (member_access_expression name: (identifier) @_store)
    ]
    name: (identifier) @_method @pin.start)
  arguments: (argument_list . (argument) @pin.value)) @pin
  (#eq? @_store "CustomTrustStore")
  (#any-of? @_method "Add" "AddRange" "Import" "ImportFromPemFile" "ImportFromPem"))

; Collection initializer in an object initializer:
; `new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { root } }`.
((assignment_expression
  left: (identifier) @_store
  right: (initializer_expression (_) @pin @pin.value))
  (#eq? @_store "CustomTrustStore")
  (#not-match? @pin "^/[/*]"))

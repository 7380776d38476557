;; gate: cafile cadata capath
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN301: ssl.create_default_context(cafile=/cadata=/capath=...) narrows trust to the given
; CAs, unless the value is certifi's full bundle or the system store's own file/directory.
; A server-side context (Purpose.CLIENT_AUTH) verifies client certificates: not pinning.
; Gate: both patterns need a cafile= / cadata= / capath= keyword.
(_
  function: [
    (_ attribute: (_) @_fn)
    (identifier) @_fn
  ]
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: (_) @pin.value)) @_args
  (#eq? @_fn "create_default_context")
  (#any-of? @_kw "cafile" "cadata" "capath")
  (#not-eq? @pin.value @_kw)
  (#not-match? @pin.value "\\bcertifi(\\b|_)|^None$|get_default_verify_paths|^[rbuRBU]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")
  (#not-match? @_args "CLIENT_AUTH")) @pin

; `from ssl import create_default_context as make_ctx` ... `make_ctx(cafile=...)`: a plain
; function call with a CA keyword in a file that uses create_default_context (the rule's
; keyword). urlopen(cafile=) is PIN306.
(_
  function: (identifier) @_fn
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: (_) @pin.value)) @_args
  (#not-any-of? @_fn "create_default_context" "urlopen" "dict" "print" "setattr" "getattr" "partial")
  (#any-of? @_kw "cafile" "cadata" "capath")
  (#not-eq? @pin.value @_kw)
  (#not-match? @pin.value "\\bcertifi(\\b|_)|^None$|get_default_verify_paths|^[rbuRBU]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem|/etc/pki/tls/cacert\\.pem|/etc/ssl/ca-bundle\\.pem)[\"']$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt")
  (#not-match? @_args "CLIENT_AUTH")) @pin

; ssl.create_default_context(cafile=/cadata=/capath=...) narrows trust to the given CAs,
; unless the value is certifi's full bundle.
(call
  function: [
    (attribute attribute: (identifier) @_fn)
    (identifier) @_fn
  ]
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_kw
      value: (_) @pin.value))
  (#eq? @_fn "create_default_context")
  (#any-of? @_kw "cafile" "cadata" "capath")
  (#not-match? @pin.value "certifi|^None$")
  (#set! pinscan.rule "PIN301")) @pin

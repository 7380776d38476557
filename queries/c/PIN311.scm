;; gate: CURLOPT_PINNEDPUBLICKEY CURLOPT_PROXY_PINNEDPUBLICKEY
;; Why this gate: the option argument is pinned with an anchored #match?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN311 (tree-sitter-c 0.24): libcurl pins the server's public key:
;; curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, "sha256//<base64>;sha256//<base64>") or a
;; key file. The value (a pin, a pin list or a file name, or the identifier holding it) is
;; resolved like any SPKI pin.
((_
  function: (_) @_f
  arguments: (_ . (_) . (identifier) @_opt . (_) @pin.value)) @pin
  (#match? @_f "^(::)?(curl_easy_setopt)$")
  (#match? @_opt "^CURLOPT_(PROXY_)?PINNEDPUBLICKEY$")
  (#not-match? @pin.value "^(NULL|nullptr|0|0L|\"\")$"))

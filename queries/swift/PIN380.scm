;; gate: urlSession evaluate
;; Why this gate: the delegate pattern pins the method name urlSession, the Alamofire
;; evaluator pattern the method name evaluate, each with #eq?.
;
; Function declarations are written `(_ name: ... body: ...)` with a climb that checks the
; kind (`#pinscan-up! @pin.start "function_declaration:name:"`, exact): tree-sitter's
; analysis of a `function_declaration` step with children costs about 100 ms per pattern in
; the Swift grammar, a wildcard parent none.

;; PIN380 (tree-sitter-swift 0.7): a URLSession delegate urlSession(_:didReceive:completionHandler:)
;; or an Alamofire ServerTrustEvaluating evaluate(_:forHost:) reported whatever its body; the
;; callbacks pass keeps it only when it, or a helper it calls in this file (`isPinned(trust)`),
;; compares the certificate's data, key, summary, serial or names with fixed values.
((_
  name: (simple_identifier) @pin.start
  (parameter external_name: (simple_identifier) @_label)
  body: (function_body)) @pin
  (#eq? @pin.start "urlSession")
  (#eq? @_label "didReceive")
  (#pinscan-up! @pin.start "function_declaration:name:"))

((_
  name: (simple_identifier) @pin.start
  (parameter (user_type (type_identifier) @_type))
  body: (function_body)) @pin
  (#eq? @pin.start "evaluate")
  (#eq? @_type "SecTrust")
  (#pinscan-up! @pin.start "function_declaration:name:"))

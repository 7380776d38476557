;; gate: urlSession evaluate handle
;; Why this gate: the delegate pattern pins the method name urlSession, the Alamofire
;; evaluator pattern the method name evaluate, the TrustKit pattern the method name handle,
;; each with #eq?.
;
; Function declarations are written `(_ name: ... body: ...)` with a climb that checks the
; kind (`#pinscan-up! @pin.start "function_declaration:name:"`, exact): tree-sitter's
; analysis of a `function_declaration` step with children costs about 100 ms per pattern in
; the Swift grammar, a wildcard parent none.

;; PIN111 (custom-certificate-verification), Swift (tree-sitter-swift 0.7).
;;
;; A URLSession delegate method urlSession(_:didReceive:completionHandler:) (the
;; session-level and the task-level one) or an Alamofire ServerTrustEvaluating
;; evaluate(_ trust: SecTrust, forHost:) whose body reads the certificate or key
;; (SecCertificateCopyData, SecTrustCopyPublicKey / SecTrustCopyKey / SecCertificateCopyKey,
;; SecKeyCopyExternalRepresentation, SecCertificateCopySubjectSummary, ...) and compares:
;; a variable named like a hash / key / data / pin / subject compared with == / !=
;; (not with nil or a number), .contains(...) on a pin set or of a hash, isEqual, elementsEqual.
;; A query cannot say "some descendant compares X", so the body's text is matched.
;; TrustKit: pinningValidator.handle(challenge, completionHandler:) decides by TrustKit's pins.

((_
  name: (simple_identifier) @pin.start @pin.value
  (parameter external_name: (simple_identifier) @_label)
  body: (function_body) @_body) @pin
  (#eq? @pin.start "urlSession")
  (#eq? @_label "didReceive")
  (#match? @_body "\\b(SecCertificateCopyData|SecTrustCopyPublicKey|SecCertificateCopyKey|SecTrustCopyKey|SecKeyCopyExternalRepresentation|SecCertificateCopySubjectSummary|SecCertificateCopyCommonName|SecCertificateCopySerialNumberData|SecCertificateCopyNormalizedSubjectSequence|SecCertificateCopyNormalizedIssuerSequence)\\b")
  (#match? @_body "\\b\\w*(?i:hash|key|data|pin|fingerprint|spki|summary|subject|serial|issuer|der)\\w*\\s*(==|!=)\\s*([^nN\\s\\d]|[nN][^iIuU])|(==|!=)\\s*[\\w.]*(?i:hash|key|pin|fingerprint|spki|summary|subject|serial|issuer)\\w*\\b|\\b\\w*(?i:pin|hash|key|fingerprint|trusted|allowed|known|expected)\\w*\\s*\\.contains\\(|\\.contains\\(\\s*[\\w.]*(?i:hash|key|data|fingerprint|summary|subject|serial)|\\bisEqual(To(Data|String))?\\s*[:(]|\\bcontainsObject\\s*:|\\.elementsEqual\\(")
  (#pinscan-up! @pin.start "function_declaration:name:"))

((_
  name: (simple_identifier) @pin.start @pin.value
  (parameter (user_type (type_identifier) @_type))
  body: (function_body) @_body) @pin
  (#eq? @pin.start "evaluate")
  (#eq? @_type "SecTrust")
  (#match? @_body "\\b(SecCertificateCopyData|SecTrustCopyPublicKey|SecCertificateCopyKey|SecTrustCopyKey|SecKeyCopyExternalRepresentation|SecCertificateCopySubjectSummary|SecCertificateCopyCommonName|SecCertificateCopySerialNumberData|SecCertificateCopyNormalizedSubjectSequence|SecCertificateCopyNormalizedIssuerSequence)\\b")
  (#match? @_body "\\b\\w*(?i:hash|key|data|pin|fingerprint|spki|summary|subject|serial|issuer|der)\\w*\\s*(==|!=)\\s*([^nN\\s\\d]|[nN][^iIuU])|(==|!=)\\s*[\\w.]*(?i:hash|key|pin|fingerprint|spki|summary|subject|serial|issuer)\\w*\\b|\\b\\w*(?i:pin|hash|key|fingerprint|trusted|allowed|known|expected)\\w*\\s*\\.contains\\(|\\.contains\\(\\s*[\\w.]*(?i:hash|key|data|fingerprint|summary|subject|serial)|\\bisEqual(To(Data|String))?\\s*[:(]|\\bcontainsObject\\s*:|\\.elementsEqual\\(")
  (#pinscan-up! @pin.start "function_declaration:name:"))

; TrustKit.sharedInstance().pinningValidator.handle(challenge, completionHandler: handler).
((call_expression
  (navigation_expression
    target: (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @_v))
    suffix: (navigation_suffix suffix: (simple_identifier) @_fn)) @pin.value) @pin
  (#eq? @_fn "handle")
  (#eq? @_v "pinningValidator"))

; The validator kept in a variable first: `let pinningValidator = TrustKit.sharedInstance().pinningValidator`
; then `pinningValidator.handle(challenge, completionHandler: handler)`.
((call_expression
  (navigation_expression
    target: (simple_identifier) @_v
    suffix: (navigation_suffix suffix: (simple_identifier) @_fn)) @pin.value) @pin
  (#eq? @_fn "handle")
  (#match? @_v "^(pinningValidator|[a-z]\\w*PinningValidator)$"))

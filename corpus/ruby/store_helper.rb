# The trust store is built in a helper and handed to Net::HTTP elsewhere.
require "net/http"
require "openssl"

class StatusClient
  def trust_store
    store = OpenSSL::X509::Store.new
    store.add_file(ROOT_FILE) # pinscan-expect: PIN313[Baltimore CyberTrust Root]
    store.add_path("/etc/status/ca.d") # pinscan-expect: PIN313
    store
  end

  def get(host)
    http = Net::HTTP.new(host, 443)
    http.use_ssl = true
    http.cert_store = trust_store
    http.get("/status")
  end
end

ROOT_FILE = "certs/BaltimoreCyberTrustRoot.crt.pem"

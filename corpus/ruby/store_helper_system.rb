# Same shape, but the helper starts from the system roots.
require "net/http"
require "openssl"

class HealthClient
  def trust_store
    store = OpenSSL::X509::Store.new
    store.set_default_paths
    store.add_file("certs/contoso-private-ca.pem") # pinscan-negative: PIN313
    store
  end

  def get(host)
    http = Net::HTTP.new(host, 443)
    http.use_ssl = true
    http.cert_store = trust_store
    http.get("/health")
  end
end

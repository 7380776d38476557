# Billing service clients: how each one decides which CAs to trust.
require "net/http"
require "openssl"
require "faraday"
require "httparty"
require "excon"
require "mysql2"
require "pg"

BILLING_CA = "certs/DigiCertGlobalRootG2.crt.pem"
LEGACY_ROOT = File.join(__dir__, "certs", "BaltimoreCyberTrustRoot.crt.pem")

module Billing
  class Client
    def initialize(host)
      @http = Net::HTTP.new(host, 443)
      @http.use_ssl = true
      @http.ca_file = BILLING_CA # pinscan-expect: PIN313[DigiCert Global Root G2]
    end

    def legacy(host)
      http = Net::HTTP.new(host, 443)
      http.use_ssl = true
      http.ca_path = "/etc/billing/ca.d" # pinscan-expect: PIN313
      http
    end

    def system_default(host)
      http = Net::HTTP.new(host, 443)
      http.use_ssl = true
      http.ca_file = OpenSSL::X509::DEFAULT_CERT_FILE # pinscan-negative: PIN313
      http.ca_path = ENV.fetch("SSL_CERT_DIR") # pinscan-negative: PIN313
      http.ca_file = nil # pinscan-negative: PIN313
      http
    end
  end
end

def fetch_invoice(host, id)
  Net::HTTP.start(host, 443, use_ssl: true,
                  ca_file: "certs/BaltimoreCyberTrustRoot.crt.pem") do |http| # pinscan-expect: PIN313[Baltimore CyberTrust Root]
    http.get("/invoices/#{id}")
  end
end

def fetch_default(host)
  Net::HTTP.start(host, 443, use_ssl: true) { |http| http.get("/") } # pinscan-negative: PIN313
end

def faraday_client(url)
  Faraday.new(url: url, ssl: { ca_file: LEGACY_ROOT }) # pinscan-expect: PIN313[Baltimore CyberTrust Root]
end

def faraday_rocket_keys(url)
  Faraday.new(url, :ssl => { :ca_path => "/opt/billing/cas" }) # pinscan-expect: PIN313
end

class ReportsApi
  include HTTParty
  base_uri "https://reports.contoso.example"
  # HTTParty installs the default cert store first: the CA is added to the system roots.
  ssl_ca_file "certs/DigiCertGlobalRootG2.crt.pem" # pinscan-negative: PIN313
end

def httparty_call(url)
  HTTParty.get(url, ssl_ca_file: BILLING_CA) # pinscan-negative: PIN313
end

def excon_call(url)
  Excon.get(url, ssl_ca_file: "certs/DigiCertGlobalRootG2.crt.pem") # pinscan-negative: PIN313 (Excon adds the file to the default roots)
end

Excon.defaults[:ssl_ca_file] = LEGACY_ROOT # pinscan-expect: PIN313[Baltimore CyberTrust Root]

def ledger_db
  Mysql2::Client.new(host: "ledger.mysql.database.azure.com", username: "app",
                     sslca: "certs/DigiCertGlobalRootG2.crt.pem", # pinscan-expect: PIN313[DigiCert Global Root G2]
                     sslverify: true)
end

def audit_db
  PG.connect(host: "audit.postgres.database.azure.com", dbname: "audit",
             sslmode: "verify-full", sslrootcert: "certs/DigiCertGlobalRootG2.crt.pem") # pinscan-expect: PIN313[DigiCert Global Root G2]
end

def ca_file_keyword(ca_file: nil) # pinscan-negative: PIN313
  # http.ca_file = "certs/old-root.pem"  (commented out) pinscan-negative: PIN313
  ca_file
end

# A store of one chosen certificate handed to the context.
def pinned_context
  store = OpenSSL::X509::Store.new
  store.add_file("certs/DigiCertGlobalRootG2.crt.pem") # pinscan-expect: PIN313[DigiCert Global Root G2]
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.cert_store = store
  ctx
end

# The system roots plus a private CA: extends the default store.
def extended_context
  store = OpenSSL::X509::Store.new
  store.set_default_paths
  store.add_file("certs/contoso-private-ca.pem") # pinscan-negative: PIN313
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.cert_store = store
  ctx
end

# Signature checks use a Store too, without any TLS context.
def verify_signed_manifest(p7, certs)
  store = OpenSSL::X509::Store.new
  store.add_cert(certs.first) # pinscan-negative: PIN313
  p7.verify([], store)
end

class Uploader
  def initialize(host)
    @root = "certs/DigiCertGlobalRootG2.crt.pem"
    @http = Net::HTTP.new(host, 443)
    @http.use_ssl = true
    @http.ca_file = @root # pinscan-expect: PIN313[DigiCert Global Root G2]
  end
end

# A client library passing its caller's options through to Net::HTTP: not a pin of the library.
def attach_ssl(http, options, ssl)
  http.ca_file = options[:ca_file] if options[:ca_file] # pinscan-negative: PIN313
  http.ca_path = ssl[:ca_path] # pinscan-negative: PIN313
  http.ca_file = @options.fetch(:ssl_ca_file) # pinscan-negative: PIN313
end

def restclient_call(url)
  RestClient::Request.execute(method: :get, url: url, ssl_ca_file: "certs/private-root.pem") # pinscan-expect: PIN313
end

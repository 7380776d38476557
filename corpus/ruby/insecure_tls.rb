# Ways the deploy scripts switched certificate checks off, pinned versions or certificates.
require "net/http"
require "openssl"
require "faraday"
require "httparty"
require "excon"
require "rest-client"
require "jwt"

EXPECTED_SERIAL = 0x0a43a9509b01352f899579ec7208ba50
PINNED_SHA256 = "b2b4d5a1a5c27a5b8f1c9e0d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f"

def raw_context
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE # pinscan-expect: PIN501
  ctx.verify_hostname = false # pinscan-expect: PIN501
  ctx
end

def checked_context
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.verify_mode = OpenSSL::SSL::VERIFY_PEER # pinscan-negative: PIN501
  ctx.verify_hostname = true # pinscan-negative: PIN501
  warn "insecure" if ctx.verify_mode == OpenSSL::SSL::VERIFY_NONE # pinscan-negative: PIN501
  ctx
end

def quick_get(host)
  Net::HTTP.start(host, 443, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |http| # pinscan-expect: PIN501
    http.get("/")
  end
end

def faraday_insecure(url)
  Faraday.new(url: url, ssl: { verify: false }) # pinscan-expect: PIN501
end

def faraday_checked(url)
  Faraday.new(url: url, ssl: { verify: true }) # pinscan-negative: PIN501
end

def faraday_options_insecure(conn)
  conn.ssl.verify = false # pinscan-expect: PIN501
  ssl = Faraday::SSLOptions.new
  ssl.verify = false # pinscan-expect: PIN501
  ssl.verify = true # pinscan-negative: PIN501
  signature.verify = false # pinscan-negative: PIN501
end

def numeric_modes(host)
  Net::HTTP.start(host, 443, use_ssl: true, verify_mode: 0) { |h| h.get("/") } # pinscan-expect: PIN501
  Gem::RemoteFetcher.fetcher.configure(ssl_verify_mode: 1) # pinscan-negative: PIN501
end

def doctor_insecure
  Bundler::CLI::Doctor::SSL.new("verify-mode": :none, host: "rubygems.org") # pinscan-expect: PIN501
  Bundler::CLI::Doctor::SSL.new("verify-mode": :peer, host: "rubygems.org") # pinscan-negative: PIN501
end

def httparty_options(pem)
  options = { pem: pem, pem_password: "secret", verify: false } # pinscan-expect: PIN501
  report = { schema: "v2", verify: false } # pinscan-negative: PIN501
  [options, report]
end

def httparty_insecure(url)
  HTTParty.get(url, verify: false) # pinscan-expect: PIN501
end

def excon_insecure(url)
  Excon.new(url, ssl_verify_peer: false) # pinscan-expect: PIN501
end

Excon.defaults[:ssl_verify_peer] = false # pinscan-expect: PIN501

def rest_insecure(url)
  RestClient::Request.execute(method: :get, url: url, verify_ssl: OpenSSL::SSL::VERIFY_NONE) # pinscan-expect: PIN501
end

def decode_token(token, key)
  JWT.decode(token, key, true, verify: false) # pinscan-negative: PIN501
end

def accept_all(http)
  http.verify_callback = proc { |_ok, _store_ctx| true } # pinscan-expect: PIN501
end

# Version pins.
def legacy_versions
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.ssl_version = :TLSv1 # pinscan-expect: PIN502
  ctx.min_version = OpenSSL::SSL::TLS1_1_VERSION # pinscan-expect: PIN502
  ctx.max_version = OpenSSL::SSL::TLS1_VERSION # pinscan-expect: PIN502
  ctx
end

def modern_versions
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION # pinscan-negative: PIN502
  ctx.max_version = :TLS1_3 # pinscan-negative: PIN502
  ctx.ssl_version = :SSLv23 # pinscan-negative: PIN502
  ctx
end

def faraday_legacy(url)
  Faraday.new(url: url, ssl: { min_version: :TLS1_1 }) # pinscan-expect: PIN502
end

def net_http_legacy(host)
  Net::HTTP.start(host, 443, use_ssl: true, ssl_version: "TLSv1_1") { |h| h.get("/") } # pinscan-expect: PIN502
end

# Custom verification callbacks.
def pinned_serial(http)
  http.verify_callback = lambda do |preverify_ok, store_ctx|
    cert = store_ctx.current_cert
    preverify_ok && cert.serial == EXPECTED_SERIAL # pinscan-expect: PIN111
  end
end

def pinned_digest
  ctx = OpenSSL::SSL::SSLContext.new
  ctx.set_params(verify_callback: ->(ok, store_ctx) { ok && OpenSSL::Digest::SHA256.hexdigest(store_ctx.current_cert.to_der) == PINNED_SHA256 }) # pinscan-expect: PIN111
  ctx
end

def logging_callback(http, logger)
  http.verify_callback = proc do |ok, store_ctx| # pinscan-negative: PIN111
    logger.warn("TLS verify failed: #{store_ctx.error_string}") unless ok
    ok
  end
end

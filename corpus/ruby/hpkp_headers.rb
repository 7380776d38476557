# HPKP set by the Rails app: a raw header and the secure_headers configuration.
class ApplicationController < ActionController::Base
  before_action :pin_keys

  def pin_keys
    response.headers["Public-Key-Pins"] = 'pin-sha256="svcpi1K/LDysTd/nLeTWgqxYlXWVmC8rYjAa9ZfGmcU="; max-age=5184000' # pinscan-expect: PIN124, PIN105[Microsoft RSA Root Certificate Authority 2017]
  end
end

SecureHeaders::Configuration.default do |config|
  config.hpkp = {
    max_age: 60 * 24 * 60 * 60,
    include_subdomains: true,
    pins: [
      { sha256: "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=" }, # pinscan-expect: PIN401[DigiCert Global Root G2]
    ],
  }
end

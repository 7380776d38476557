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
      { sha256: "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=" }, # pinscan-expect: PIN316[DigiCert Global Root G2], PIN401[DigiCert Global Root G2]
    ],
  }
end

# The same hashes as HPKP pins written with string and symbol-rocket keys.
LEGACY_HPKP = {
  "max_age" => 5_184_000,
  :pins => [
    { "sha256" => "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=" }, # pinscan-expect: PIN316[DigiCert Global Root CA], PIN401[DigiCert Global Root CA]
  ],
}.freeze

# Not pins: release checksums in a list of hashes, and a commented-out HPKP block.
RELEASE_ASSETS = {
  files: [{ sha256: "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef" }], # pinscan-negative: PIN316
}.freeze
# config.hpkp = { pins: [{ sha256: "Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=" }] } # pinscan-negative: PIN316

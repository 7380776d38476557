# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/azurerm" {
  version     = "3.105.0"
  constraints = "~> 3.100"
  hashes = [
    "h1:CG1r9m9UJj3TdE5qv+aUEPDjFKO6ia6nYD2JRbOYeY0=",
    "h1:B3YO/RcFoKX+Lv0F12yqYF9KpeYtYet+NxFYJg3z0Jw=",
    "zh:37bd44e5cd6abf1caf1ce68e843ab0a8aa3851be312b360a75d6706aad7b4db5",
    "zh:b3dc36a6b2fda9d939bfd4b45175c300b393b9baffd280853e682f80fc3c9c1b",
    "zh:0cb4907c7327cfb66c9119e32e56a447820d544dc43f6f792db933420045dc4c",
    "zh:bbbd76e14355ac2274dac6934e480807757a469cd3deb152449bca7c420c8ee6",
    "zh:196e25ffc34b98103886b22bdbf5868c7e10edf26d33db535c755198454441fa",
    "zh:c3d53ca64adcd9c9a0dbd68f0629e4a348d2460693bf9f408a909af186ce3cd5",
    "zh:8eb9b2c3c7b2babcd2fb0b3541b252e0069f15ee5632ded62c444497861a2122",
    "zh:678a789900895e347ebeca7a5552103b0337690693c9d976a539d086a81e3a1a",
    "zh:1220ed555cdeb94abc6f38caec5ff166c19869ff9a96eb6fde6c1b57bbe99ea4",
    "zh:fd624527bb2f6ee441d1948ce844c512f357d1a9dcecf6025886a8513064756b",
    "zh:03a78edf756356f4637d3cb2cc59396fe84a283d3784734d94c05a4bbccb9886",
    "zh:ae65f9641474244ff5ac4cc0f45710948cbe5dd27ad9e35454cc4455709c018d",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.6.2"
  constraints = ">= 3.5.0"
  hashes = [
    "h1:8koynBq/Kcyh9z7Bp5Cd+V4qL44wF73L1WABEMhG3M8=",
    "h1:ftMbGBA3rPHRz5Tt9ra7BVSCezsUTAXSJ07HDl5KgxA=",
    "zh:08c92400f102bb8098d7b26e5a324838516351fff362a93867f07fc9bf35226e",
    "zh:e3bc7c2f1cf281b8c4275827ebcfb80d363b1b5da91a8dd571201f5757451dd3",
    "zh:c1ad7f34db9c34852b74b10531b0c760890798c1c580111e468d78568882d9bc",
    "zh:024c5d78f6968dfce4790fa04006948dbfcb18489ff3b48e73e09755096013cb",
    "zh:5a5d4f4eed719f594f9b02e1931e588d195b32782955f922a04a5375eb9a140f",
    "zh:a0042d987b7d55e26402ac910166b69b80d75eaa3cb94ce106cfda88c0b7cf1c",
    "zh:0c5b1e3ffc6a07900e43a6c07e51f26eae5876ac3c1a5947c724a5d64075845c",
    "zh:950c5165e44d2f39cd92f14d29ba467939f4eaf3c70059c007ca5ecaa8b41e42",
    "zh:0ea0e408ab5a149da3daf924b1a48b8f0d2b9d37021f9e9f03d2590a2a355c95",
    "zh:cb3409468aace9b9c4b9733e8ee349b15734e3c158bb8c6087fa76e8481d8b3c",
    "zh:0b64ab6a393402d955b07e1b7244f1a705b9ca82d1bf8a22d97e5ca7e40fac68",
    "zh:7841e7f5e5f5f09ec242599d06b606140c7ea3c3ef57e4f432cd6c8884dbab9e",
  ]
}

provider "registry.terraform.io/hashicorp/tls" {
  version     = "4.0.5"
  constraints = "~> 4.0"
  hashes = [
    "h1:NMExaIam1lvnBUZeGFUeSt9Riz/X+tdrXG0XCdgAcGw=",
    "h1:wPw3w415/H90Gszex44JN+b/GphKU5SJYb7YekoOZzw=",
    "zh:ce8af7f38c3c9580f54bbdacf80fb4f9010074e4a7d823bfbc0d312bd225536b",
    "zh:c24cbb53aadf8accf8441f6bb963ae5351026ce25e2c6281f4864326a8c378e3",
    "zh:ad2efd776e0cc9dc4fdb4f8ee55b1bf8933dcbf334a77e39a1e13e3546ac0e6a",
    "zh:70d2ddd478fdf4e0ad7e120385f05aeb243b255b9f4c2357193a176d0caef90c",
    "zh:dadbb60dd41c20eb2d52d9ccb34db658ed54b27ce8171e31476f6e020ee1a328",
    "zh:3fa8ab6669c99f6336e820b6fbb46aeec326e516223911da29d62f5fc8296a23",
    "zh:f7825c0ae8dfb130e5bd3161130197d3f9f018d2e960f1f2ebcdd9ed07b64bc3",
    "zh:0814a171c299410ac3366d7d0d44576f254f0d4cedac43b34edb4ad096ff4eb3",
    "zh:c14837a16316fbbd780be92f0d2ef3d1dbb0ac64483a01451f47bbd81ac1db7a",
    "zh:6048e56d96f475b648f62d0c144ff41a0e38bc6f1903b13797dd061b8db08109",
    "zh:cd639709f742ceaf76446547ff3e865f26d8f3ab74d12bdd9afca25c8aac8d34",
    "zh:f91d857e6d2b6e663e9f24c953dcd3b3c7794df74ddadf22709a6039a357933f",
  ]
}

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.33.0"
  constraints = "~> 4.30"
  hashes = [
    "h1:1fUUKArVABW22UjbflpNGisqfqkthg4XREWPocP7OZo=",
    "h1:wgZ7X8AVocwD0yTKQBuJdPhp5JdYctCN5jHkqWR0n8g=",
    "zh:dc3d6d1460638a7debe5fd6d93d704ec23ffa462b9b887bf8c418f2511b11a4b",
    "zh:037782e63e01c6794dd1c768d9168e0b33fec8f9dbadccaf93a4f3b62e2aedfd",
    "zh:a686b50090c5c085130edd96ee19db98cb54c4a6311300132773077c7d7c3fce",
    "zh:95e98161834cecd5c220c8f488bc57c0dbdee1fac7164f030ad6016f72a55c58",
    "zh:aa6345b02d92f60c8773e9b65a73751e3922ac16acef16a8facae6de7545753e",
    "zh:9859aed9506f035921cd56884ad4cdbaff9d475e33540d7268947f84575a3e60",
    "zh:bdf890695034f6cdf8da2d06ff742683c0a83fa325de0621b34e5ef628228f0e",
    "zh:e35edda1d5292bc58daec698de65823aa71d15508dd3d4f4463ff1cfdeb5482d",
    "zh:8f27f1aae22e9b58c878b046783065c57d466542e914c5e090dbfc909081a04e",
    "zh:862cc94ad7723b031bd8ed2e9212daada8dc4f03b2c84a218b54e8e25267dd79",
    "zh:c3f1621101c5ac10ea5ff1a98880a1fa14cede35535fd21bd9a2d4ec805d9ff1",
    "zh:12ba256e46d31f660bb01707bf89a6ed106c4f602c96b2a3be1a24e00bc557cb",
  ]
}

//! Which Azure service a file talks to: host names such as `x.postgres.database.azure.com`
//! or `hub.azure-devices.net` found in the file map to the catalog's `[[service]]` entries
//! (the roots each service needs). Hosts of services the catalog has no entry for
//! (Azure SQL, Service Bus, Key Vault, ...) get the general Azure root list. A catalog
//! entry that still requires an expired root (a 2020 statement about Baltimore) is
//! historical and is not used.

use regex::Regex;
use serde::Serialize;

use crate::cert::{Catalog, Service, Status};

/// Azure host suffixes the catalog has no service entry for, with a display name.
const OTHER_AZURE_HOSTS: &[(&str, &str)] = &[
    (".database.windows.net", "Azure SQL Database"),
    (".database.usgovcloudapi.net", "Azure SQL Database (US Gov)"),
    (".servicebus.windows.net", "Azure Service Bus / Event Hubs"),
    (".vault.azure.net", "Azure Key Vault"),
    (".documents.azure.com", "Azure Cosmos DB"),
    (".azurewebsites.net", "Azure App Service"),
    (".azurecr.io", "Azure Container Registry"),
    (".azconfig.io", "Azure App Configuration"),
    (".search.windows.net", "Azure AI Search"),
    (".openai.azure.com", "Azure OpenAI"),
    (".cognitiveservices.azure.com", "Azure AI services"),
    (".redis.cache.windows.net", "Azure Cache for Redis"),
];

/// The service a finding's connection goes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceRef {
    pub name: String,
    pub host: String,
    /// The roots a client of this service must trust (catalog names).
    pub trust_roots: Vec<String>,
}

/// Finds Azure host names in text.
#[derive(Debug)]
pub struct Detector {
    re: Option<Regex>,
    services: Vec<(String, Service)>,
    general: Vec<String>,
}

impl Detector {
    pub fn new(catalog: &Catalog) -> Detector {
        let usable = |s: &Service| {
            !s.trust_roots.iter().any(|root| {
                catalog.by_name(root).iter().any(|&i| {
                    catalog
                        .cas()
                        .get(i)
                        .is_some_and(|c| c.status == Status::Expired)
                })
            })
        };
        let general = catalog
            .services()
            .iter()
            .find(|s| s.hosts.is_empty() && s.name.contains("general"))
            .map(|s| s.trust_roots.clone())
            .unwrap_or_default();
        let mut services: Vec<(String, Service)> = Vec::new();
        for s in catalog.services().iter().filter(|s| usable(s)) {
            for h in &s.hosts {
                services.push((h.to_ascii_lowercase(), s.clone()));
            }
        }
        for (suffix, name) in OTHER_AZURE_HOSTS {
            if !services.iter().any(|(h, _)| h == suffix) {
                let s = Service {
                    name: (*name).to_owned(),
                    trust_roots: general.clone(),
                    hosts: vec![(*suffix).to_owned()],
                    last_rotation: String::new(),
                    notes: String::new(),
                    source: String::new(),
                };
                services.push(((*suffix).to_owned(), s));
            }
        }
        // Longest suffix first, so `.blob.core.windows.net` wins over `.core.windows.net`.
        services.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let alternation = services
            .iter()
            .map(|(h, _)| regex::escape(h.trim_start_matches('.')))
            .collect::<Vec<_>>()
            .join("|");
        let re = Regex::new(&format!(r"(?i)\b[a-z0-9](?:[a-z0-9-]{{0,62}})(?:\.[a-z0-9-]{{1,63}}){{0,6}}\.(?:{alternation})\b")).ok();
        Detector {
            re,
            services,
            general,
        }
    }

    /// The first Azure host in `text` and its service.
    pub fn detect(&self, text: &str) -> Option<ServiceRef> {
        let m = self.re.as_ref()?.find(text)?;
        let host = m.as_str().to_ascii_lowercase();
        let (_, service) = self
            .services
            .iter()
            .find(|(suffix, _)| host.ends_with(suffix.as_str()))?;
        let trust_roots = if service.trust_roots.is_empty() {
            self.general.clone()
        } else {
            service.trust_roots.clone()
        };
        Some(ServiceRef {
            name: service.name.clone(),
            host,
            trust_roots,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_azure_hosts() {
        let d = Detector::new(Catalog::builtin());
        let s = d
            .detect("host=contoso-db.postgres.database.azure.com port=5432")
            .unwrap();
        assert_eq!(s.host, "contoso-db.postgres.database.azure.com");
        assert!(s.name.contains("PostgreSQL"), "{}", s.name);
        assert!(
            s.trust_roots
                .contains(&"DigiCert Global Root G2".to_owned())
        );
        let s = d
            .detect("Server=tcp:contoso.database.windows.net,1433;")
            .unwrap();
        assert_eq!(s.name, "Azure SQL Database");
        assert!(
            s.trust_roots
                .contains(&"Microsoft RSA Root Certificate Authority 2017".to_owned())
        );
        let s = d.detect("https://acct.blob.core.windows.net/c").unwrap();
        assert_eq!(s.name, "Azure Storage");
        // The catalog's 2020 Redis entry requires expired Baltimore: not used.
        let s = d.detect("contoso.redis.cache.windows.net:6380").unwrap();
        assert_eq!(s.name, "Azure Cache for Redis");
        assert!(!s.trust_roots.iter().any(|r| r.contains("Baltimore")));
        assert!(d.detect("db.example.com").is_none());
    }
}

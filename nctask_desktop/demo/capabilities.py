"""Capabilities as a Nextcloud server reports them (recorded on 29.0.6), with this server's URLs."""

from __future__ import annotations

import copy
import json
from typing import Any

from nctask_desktop.demo.profiles import Profile

_RECORDED = r"""
{
 "core": {
  "pollinterval": 60,
  "webdav-root": "remote.php/webdav",
  "reference-api": true,
  "reference-regex": "(\\s|\\n|^)(https?:\\/\\/)([-A-Z0-9+_.]+(?::[0-9]+)?(?:\\/[-A-Z0-9+&@#%?=~_|!:,.;()]*)*)(\\s|\\n|$)",
  "mod-rewrite-working": false
 },
 "bruteforce": {
  "delay": 0,
  "allow-listed": false
 },
 "files": {
  "bigfilechunking": true,
  "blacklisted_files": [
   ".htaccess"
  ],
  "forbidden_filename_characters": [
   "\\",
   "/"
  ],
  "directEditing": {
   "url": "__BASE__/ocs/v2.php/apps/files/api/v1/directEditing",
   "etag": "4ce473bf0dbeb3a09bb0f38e30bc31c4",
   "supportsFileId": true
  },
  "comments": true,
  "undelete": true,
  "versioning": true,
  "version_labeling": true,
  "version_deletion": true
 },
 "ocm": {
  "enabled": true,
  "apiVersion": "1.0-proposal1",
  "endPoint": "__BASE__/index.php/ocm",
  "resourceTypes": [
   {
    "name": "file",
    "shareTypes": [
     "user",
     "group"
    ],
    "protocols": {
     "webdav": "/public.php/webdav/"
    }
   }
  ]
 },
 "dav": {
  "chunking": "1.0",
  "bulkupload": "1.0"
 },
 "files_sharing": {
  "api_enabled": true,
  "public": {
   "enabled": true,
   "password": {
    "enforced": false,
    "askForOptionalPassword": false
   },
   "expire_date": {
    "enabled": false
   },
   "multiple_links": true,
   "expire_date_internal": {
    "enabled": false
   },
   "expire_date_remote": {
    "enabled": false
   },
   "send_mail": false,
   "upload": true,
   "upload_files_drop": true
  },
  "resharing": true,
  "user": {
   "send_mail": false,
   "expire_date": {
    "enabled": true
   }
  },
  "group_sharing": true,
  "group": {
   "enabled": true,
   "expire_date": {
    "enabled": true
   }
  },
  "default_permissions": 31,
  "federation": {
   "outgoing": true,
   "incoming": true,
   "expire_date": {
    "enabled": true
   },
   "expire_date_supported": {
    "enabled": true
   }
  },
  "sharee": {
   "query_lookup_default": false,
   "always_show_unique": true
  },
  "sharebymail": {
   "enabled": true,
   "send_password_by_mail": true,
   "upload_files_drop": {
    "enabled": true
   },
   "password": {
    "enabled": true,
    "enforced": false
   },
   "expire_date": {
    "enabled": true,
    "enforced": false
   }
  }
 },
 "provisioning_api": {
  "version": "1.19.0",
  "AccountPropertyScopesVersion": 2,
  "AccountPropertyScopesFederatedEnabled": true,
  "AccountPropertyScopesPublishedEnabled": true
 },
 "systemtags": {
  "enabled": true
 },
 "theming": {
  "name": "Nextcloud",
  "url": "https://nextcloud.com",
  "slogan": "a safe home for all your data",
  "color": "#00679e",
  "color-text": "#ffffff",
  "color-element": "#00679e",
  "color-element-bright": "#00679e",
  "color-element-dark": "#00679e",
  "logo": "__BASE__/core/img/logo/logo.svg?v=0",
  "background": "__BASE__/apps/theming/img/background/kamil-porembinski-clouds.jpg",
  "background-plain": false,
  "background-default": true,
  "logoheader": "__BASE__/core/img/logo/logo.svg?v=0",
  "favicon": "__BASE__/core/img/logo/logo.svg?v=0"
 },
 "user_status": {
  "enabled": true,
  "restore": true,
  "supports_emoji": true
 },
 "weather_status": {
  "enabled": true
 }
}
"""


def _with_base(value: Any, base_url: str) -> Any:
    """Replace the recorded server address in every string."""
    if isinstance(value, str):
        return value.replace("__BASE__", base_url)
    if isinstance(value, dict):
        return {key: _with_base(item, base_url) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_base(item, base_url) for item in value]
    return value


_TEMPLATE: dict[str, Any] = json.loads(_RECORDED)


def capabilities(profile: Profile, base_url: str) -> dict[str, Any]:
    """The data of GET /cloud/capabilities: version and capabilities."""
    major, minor, micro, _ = profile.version
    caps = _with_base(copy.deepcopy(_TEMPLATE), base_url)
    caps["files"]["bigfilechunking"] = True
    if profile.has_assistant:
        caps["assistant"] = {"enabled": True, "version": profile.assistant_version}
    return {
        "version": {
            "major": major,
            "minor": minor,
            "micro": micro,
            "string": profile.version_string,
            "edition": "",
            "extendedSupport": False,
        },
        "capabilities": caps,
    }

/** The command that installs or upgrades a tool on this platform. */
export function installCommand(tool: 'aws' | 'kubectl', platform: NodeJS.Platform): string {
  if (platform === 'darwin') return tool === 'aws' ? 'brew install awscli' : 'brew install kubectl';
  if (platform === 'win32')
    return tool === 'aws' ? 'winget install -e --id Amazon.AWSCLI' : 'winget install -e --id Kubernetes.kubectl';
  if (tool === 'aws') {
    return 'curl -sSLo awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip" && unzip -q awscliv2.zip && sudo ./aws/install --update';
  }
  return 'curl -sSLO "https://dl.k8s.io/release/$(curl -sSL https://dl.k8s.io/release/stable.txt)/bin/linux/$(dpkg --print-architecture 2>/dev/null || echo amd64)/kubectl" && sudo install -m 0755 kubectl /usr/local/bin/kubectl';
}

/** How to upgrade aws CLI v1 in place (pip), for those who stay on v1. */
export const AWS_V1_UPGRADE = 'python3 -m pip install --upgrade awscli';

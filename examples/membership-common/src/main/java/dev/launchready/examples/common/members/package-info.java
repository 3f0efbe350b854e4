/** Members and what they do with their accounts: sign up, log in, reset passwords, invite friends. */
package dev.launchready.examples.common.members;

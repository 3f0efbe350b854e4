package dev.launchready.log4j2;
